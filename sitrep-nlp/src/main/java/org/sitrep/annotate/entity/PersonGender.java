package org.sitrep.annotate.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a name says of a person's gender, as English news writes it: a courtesy title ("Mr", "Mrs", "Lady") or a
 * first name on CoreNLP's lists of male and female first names (shipped in its models jar). It tells "Mrs Clinton"
 * from "Mr Clinton", and so one person from another; it is never shown to a reader.
 *
 * <p>Thread safety: immutable; the name lists load once, on first use. Failure: never throws; a missing list leaves
 * the gender of every first name unknown.
 */
public final class PersonGender {
    public static final String MALE = "male";
    public static final String FEMALE = "female";

    private static final Set<String> MALE_TITLES = Set.of("mr", "sir", "lord", "king", "prince", "monsieur", "herr",
            "senor", "señor");
    private static final Set<String> FEMALE_TITLES = Set.of("mrs", "ms", "miss", "madam", "madame", "mme", "lady",
            "dame", "queen", "princess", "frau", "senora", "señora");

    private PersonGender() {
    }

    /**
     * {@link #MALE} or {@link #FEMALE} for a courtesy title, with or without its dot and in any case ("Mrs.",
     * "LORD"); null for any other word, titles of office ("President", "Dr") included.
     */
    public static String ofCourtesyTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return MALE_TITLES.contains(w) ? MALE : FEMALE_TITLES.contains(w) ? FEMALE : null;
    }

    /** {@link #MALE} or {@link #FEMALE}; null when the first name is on neither list, or on both ("Jean"). */
    public static String ofFirstName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        boolean m = FirstNames.MALE.contains(n);
        boolean f = FirstNames.FEMALE.contains(n);
        return m == f ? null : m ? MALE : FEMALE;
    }

    private static final class FirstNames {
        static final Set<String> MALE = read("edu/stanford/nlp/models/gender/male_first_names.txt");
        static final Set<String> FEMALE = read("edu/stanford/nlp/models/gender/female_first_names.txt");

        private static Set<String> read(String resource) {
            Set<String> out = new HashSet<>();
            try (InputStream in = PersonGender.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    return Set.of();
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null;) {
                    if (!line.isBlank()) {
                        out.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                return Set.of();
            }
            return Set.copyOf(out);
        }
    }
}
