package org.sitrep.read.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Short news stories written for these tests, and the ways a site republishes one: sentences moved, a paragraph added
 * or cut, boilerplate around it, words swapped. Two stories share a subject (the port strike) to be hard negatives.
 */
final class Stories {
    private Stories() {
    }

    static final List<String> ORIGINALS = List.of(
            // 0: port strike, first report
            "Dock workers at the port of Mombasa walked off the job on Monday, halting the unloading of at least"
                    + " twelve ships, union officials said.\n\n"
                    + "The strike began after talks on overtime pay broke down late on Sunday. The union wants night"
                    + " shifts paid at twice the normal rate, while the port authority has offered a rise of a quarter.\n\n"
                    + "Traders warned that fuel and cooking oil could run short within a week if the ships stay idle."
                    + " A spokesman for the port authority said it remained open to talks and urged workers to return.\n\n"
                    + "The last strike at the port, in 2019, lasted nine days and cost importers millions of shillings"
                    + " in storage fees.",
            // 1: port strike, a different story a week later (same subject, hard negative for 0)
            "The strike at the port of Mombasa ended on Tuesday after the port authority agreed to pay night shifts"
                    + " at one and a half times the normal rate, the labour ministry said.\n\n"
                    + "Cranes were moving again by the afternoon, and the first of the waiting tankers berthed before"
                    + " dark. Shipping lines said it would take about ten days to clear the backlog of containers.\n\n"
                    + "The union's secretary general called the deal a victory for workers who had gone years without a"
                    + " rise, and said members would vote on it next month.",
            // 2: floods
            "Heavy rain flooded parts of the capital overnight, cutting power to thousands of homes and forcing"
                    + " schools in three districts to close, the city government said on Wednesday.\n\n"
                    + "Rescue teams used boats to reach families trapped on rooftops near the river, where the water"
                    + " rose more than two metres in a few hours. No deaths had been reported by midday.\n\n"
                    + "The weather service warned that more storms were expected until the weekend and asked residents"
                    + " of low-lying areas to move to higher ground.",
            // 3: election count
            "Counting in the regional election was delayed by a day after ballot boxes from two northern districts"
                    + " arrived late, the electoral commission said on Friday.\n\n"
                    + "The commission's chairwoman said the boxes had been held up by a washed-out bridge and that their"
                    + " seals were intact. Observers from the opposition watched as they were opened.\n\n"
                    + "Early results from the south gave the governing party a narrow lead, but the north, where the"
                    + " opposition is strong, holds nearly a third of the votes.",
            // 4: vaccine campaign
            "Health workers began a week-long campaign on Saturday to vaccinate two million children against measles"
                    + " after an outbreak killed fourteen people in the west of the country.\n\n"
                    + "The health minister said teams would go from house to house in areas where clinics are far away,"
                    + " and that the vaccine was free. Parents were asked to bring their children's health cards.\n\n"
                    + "Measles cases have risen sharply since last year, when many children missed their shots because"
                    + " supplies ran out during a dispute between the ministry and a supplier.");

    static final String ADDED_PARAGRAPH = "Meanwhile, analysts said the government faces growing pressure from"
            + " businesses and families to act before the end of the month, when several other deadlines fall due.";

    static final String BOILERPLATE = "Share this article on Facebook Share on X Copy link\n\n"
            + "ALSO READ:\n- Ten things to know before you travel this season\n- Why prices keep rising\n\n"
            + "Subscribe to our newsletter for the latest news, delivered every morning.";

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("said", "stated"), Map.entry("began", "started"), Map.entry("warned", "cautioned"),
            Map.entry("about", "around"), Map.entry("after", "following"), Map.entry("more", "further"),
            Map.entry("late", "behind schedule"), Map.entry("close", "shut"), Map.entry("asked", "urged"),
            Map.entry("narrow", "slim"), Map.entry("children", "kids"), Map.entry("strong", "dominant"),
            Map.entry("ended", "came to an end"), Map.entry("expected", "forecast"), Map.entry("reach", "get to"));

    static List<String> paragraphs(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n\n")));
    }

    static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    /** The paragraphs in another order, and the sentences inside each shuffled too. */
    static String reordered(String text, Random random) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs(text)) {
            List<String> sentences = new ArrayList<>(Arrays.asList(p.split("(?<=\\.) ")));
            java.util.Collections.shuffle(sentences, random);
            out.add(String.join(" ", sentences));
        }
        java.util.Collections.shuffle(out, random);
        return join(out);
    }

    static String withParagraphAdded(String text) {
        List<String> ps = paragraphs(text);
        ps.add(ps.size() / 2 + 1, ADDED_PARAGRAPH);
        return join(ps);
    }

    static String withLastParagraphCut(String text) {
        List<String> ps = paragraphs(text);
        ps.remove(ps.size() - 1);
        return join(ps);
    }

    static String withBoilerplate(String text) {
        return "Breaking News | Home | World | Business\n\n" + text + "\n\n" + BOILERPLATE;
    }

    /** Every word with a listed synonym replaced, as a site rewording a wire story does. */
    static String reworded(String text) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}+").matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(text, at, m.start()).append(SYNONYMS.getOrDefault(m.group(), m.group()));
            at = m.end();
        }
        return out.append(text.substring(at)).toString();
    }

    /** A copy changed in two ways at once: reworded, with a paragraph cut and boilerplate added. */
    static String rewordedCutAndWrapped(String text) {
        return withBoilerplate(reworded(withLastParagraphCut(text)));
    }
}
