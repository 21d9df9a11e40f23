package org.sitrep.read.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Document;

/**
 * Measures copy detection on real news: the 2,225 BBC articles and the 19,043 Reuters-21578 stories with a body, read
 * from {@code ../shared/data} at run time. Prints precision and recall at a grid of thresholds, the chosen one marked.
 *
 * <p>No set marks copies, so the reference pairs come from signals other than the text compared:
 * <ul>
 *   <li>copies: two bodies with the same words (exact duplicates); a Reuters {@code CORRECTED - T} story and the story
 *       titled {@code T} within three days (a correction re-sent); two BBC articles with the same headline;</li>
 *   <li>not copies: two Reuters stories with the same headline more than seven days apart (one template, another
 *       day's figures: the hardest negatives), and 200,000 random pairs from each set.</li>
 * </ul>
 * A pair is counted found only when the two share a band key, as the store looks it up, and is a copy by
 * {@link NearDuplicates#isCopy(Fingerprint, Fingerprint)}'s rule at the threshold. Pairs outside both lists are not
 * scored; the count of links the store would make among all BBC pairs is printed beside.
 *
 * <p>Runs only when asked and when the data is there: {@code mvn -B -o -q -pl sitrep-read test
 * -Dtest=NearDuplicatesBenchmark -Dsitrep.bench=true}.
 */
class NearDuplicatesBenchmark {
    private static final Pattern REUTERS = Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>",
            Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("<DATE>\\s*(\\d+-\\w+-\\d+)");
    private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
    private static final Pattern CORRECTED = Pattern.compile("^(?i)corrected\\s*-+\\s*");
    private static final DateTimeFormatter REUTERS_DATE = new java.time.format.DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("d-MMM-yyyy").toFormatter(Locale.ENGLISH);

    record Story(String set, String id, String title, LocalDate date, String body, Fingerprint fingerprint,
            long[] bands) {
    }

    record Pair(int a, int b) {
        static Pair of(int a, int b) {
            return a < b ? new Pair(a, b) : new Pair(b, a);
        }
    }

    private final NearDuplicates detector = new NearDuplicates();

    @Test
    void measuresPrecisionAndRecallOnBbcAndReuters() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("sitrep.bench"), "benchmark not asked for (-Dsitrep.bench=true), skipping");
        Path data = Path.of(System.getProperty("sitrep.shared", "../../shared"), "data");
        Path zip = data.resolve("bbc-news/bbc-fulltext.zip");
        Path reuters = data.resolve("reuters-21578");
        Assumptions.assumeTrue(Files.isReadable(zip) && Files.isDirectory(reuters), data + " absent, skipping");

        long t0 = System.nanoTime();
        List<Story> stories = new ArrayList<>();
        readBbc(zip, stories);
        int bbc = stories.size();
        readReuters(reuters, stories);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("read and fingerprinted %d stories (%d BBC, %d Reuters) in %.1f s%n", stories.size(), bbc,
                stories.size() - bbc, seconds);

        Set<Pair> copies = new HashSet<>();
        Set<Pair> others = new HashSet<>();
        Map<String, List<Integer>> byWords = new HashMap<>();
        Map<String, List<Integer>> byTitle = new HashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            Story s = stories.get(i);
            byWords.computeIfAbsent(s.set + "|" + String.join(" ", Fingerprint.words(s.body)), k -> new ArrayList<>()).add(i);
            byTitle.computeIfAbsent(s.set + "|" + normalTitle(s.title), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> same : byWords.values()) {
            allPairs(same, copies);
        }
        for (List<Integer> group : byTitle.values()) {
            if (group.size() > 300) {
                continue;
            }
            for (int x = 0; x < group.size(); x++) {
                for (int y = x + 1; y < group.size(); y++) {
                    Story a = stories.get(group.get(x));
                    Story b = stories.get(group.get(y));
                    Pair p = Pair.of(group.get(x), group.get(y));
                    if (a.set.equals("bbc")) {
                        copies.add(p);
                        continue;
                    }
                    long days = Math.abs(ChronoUnit.DAYS.between(a.date, b.date));
                    boolean correction = CORRECTED.matcher(a.title).find() != CORRECTED.matcher(b.title).find();
                    if (correction && days <= 3) {
                        copies.add(p);
                    } else if (days > 7 && !copies.contains(p)) {
                        others.add(p);
                    }
                }
            }
        }
        int hard = others.size();
        Set<Pair> sameTemplate = new HashSet<>(others);
        Random random = new Random(4);
        for (int n = 0; n < 200_000; n++) {
            others.add(Pair.of(random.nextInt(bbc), random.nextInt(bbc)));
            others.add(Pair.of(bbc + random.nextInt(stories.size() - bbc), bbc + random.nextInt(stories.size() - bbc)));
        }
        others.removeIf(p -> p.a == p.b || copies.contains(p));
        System.out.printf("reference: %d pairs of copies, %d pairs not copies (%d same-template Reuters pairs)%n",
                copies.size(), others.size(), hard);

        for (double threshold : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
            int tp = count(stories, copies, threshold);
            int fp = count(stories, others, threshold);
            int fn = copies.size() - tp;
            System.out.printf("threshold %.2f%s: precision %.3f recall %.3f (TP %d, FP %d, FN %d)%n", threshold,
                    threshold == NearDuplicates.THRESHOLD ? " (chosen)" : "", tp / (double) Math.max(1, tp + fp),
                    tp / (double) Math.max(1, tp + fn), tp, fp, fn);
        }
        for (String set : List.of("bbc", "reuters")) {
            Set<Pair> c = new HashSet<>(copies);
            c.removeIf(p -> !stories.get(p.a).set.equals(set));
            Set<Pair> o = new HashSet<>(others);
            o.removeIf(p -> !stories.get(p.a).set.equals(set));
            int tp = count(stories, c, NearDuplicates.THRESHOLD);
            int fp = count(stories, o, NearDuplicates.THRESHOLD);
            System.out.printf("  %s at %.2f: precision %.3f recall %.3f (TP %d, FP %d, FN %d)%n", set,
                    NearDuplicates.THRESHOLD, tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, c.size()),
                    tp, fp, c.size() - tp);
        }
        Set<Pair> randomPairs = new HashSet<>(others);
        randomPairs.removeAll(sameTemplate);
        long unjudged = copies.stream().filter(p -> !stories.get(p.a).fingerprint.isJudgeable()
                || !stories.get(p.b).fingerprint.isJudgeable()).count();
        System.out.printf("  at %.2f: %d false copies among %d same-template pairs, %d among %d random pairs;"
                + " %d reference copies have a body too short to judge%n", NearDuplicates.THRESHOLD,
                count(stories, sameTemplate, NearDuplicates.THRESHOLD), sameTemplate.size(),
                count(stories, randomPairs, NearDuplicates.THRESHOLD), randomPairs.size(), unjudged);
        printMisses(stories, copies, others);
        linksAmongAllBbcPairs(stories.subList(0, bbc), copies);
    }

    private int count(List<Story> stories, Set<Pair> pairs, double threshold) {
        int found = 0;
        for (Pair p : pairs) {
            Story a = stories.get(p.a);
            Story b = stories.get(p.b);
            if (a.fingerprint.isJudgeable() && b.fingerprint.isJudgeable() && shareBand(a, b)
                    && a.fingerprint.similarity(b.fingerprint) >= threshold) {
                found++;
            }
        }
        return found;
    }

    private static boolean shareBand(Story a, Story b) {
        for (int i = 0; i < a.bands.length; i++) {
            if (a.bands[i] == b.bands[i]) {
                return true;
            }
        }
        return false;
    }

    private void printMisses(List<Story> stories, Set<Pair> copies, Set<Pair> others) {
        int shown = 0;
        for (Pair p : copies) {
            Story a = stories.get(p.a);
            Story b = stories.get(p.b);
            if (!detector.isCopy(a.fingerprint, b.fingerprint) && shown++ < 8) {
                System.out.printf("  missed copy %.2f: %s/%s '%s' (%d shingles) ~ %s/%s '%s' (%d)%n",
                        a.fingerprint.similarity(b.fingerprint), a.set, a.id, a.title, a.fingerprint.shingles(), b.set,
                        b.id, b.title, b.fingerprint.shingles());
            }
        }
        shown = 0;
        for (Pair p : others) {
            Story a = stories.get(p.a);
            Story b = stories.get(p.b);
            if (detector.isCopy(a.fingerprint, b.fingerprint) && shown++ < 8) {
                System.out.printf("  false copy %.2f: %s/%s %s '%s' ~ %s/%s %s '%s'%n",
                        a.fingerprint.similarity(b.fingerprint), a.set, a.id, a.date, a.title, b.set, b.id, b.date,
                        b.title);
            }
        }
    }

    /** Every BBC pair the store would link (band lookup, then the rule), and how many the reference names. */
    private void linksAmongAllBbcPairs(List<Story> bbc, Set<Pair> copies) {
        Map<Long, List<Integer>> index = new HashMap<>();
        Set<Pair> links = new HashSet<>();
        long candidates = 0;
        for (int i = 0; i < bbc.size(); i++) {
            Story s = bbc.get(i);
            if (!s.fingerprint.isJudgeable()) {
                continue;
            }
            Set<Integer> seen = new HashSet<>();
            for (int b = 0; b < s.bands.length; b++) {
                long key = s.bands[b] ^ b;
                for (int j : index.getOrDefault(key, List.of())) {
                    if (seen.add(j)) {
                        candidates++;
                        if (detector.isCopy(s.fingerprint, bbc.get(j).fingerprint)) {
                            links.add(Pair.of(i, j));
                        }
                    }
                }
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        long named = links.stream().filter(copies::contains).count();
        System.out.printf("all %d BBC pairs: %d band candidates compared, %d links, %d of them reference copies;"
                + " the others:%n", (long) bbc.size() * (bbc.size() - 1) / 2, candidates, links.size(), named);
        links.stream().filter(p -> !copies.contains(p)).limit(40).forEach(p -> System.out.printf(
                "    %.2f %s '%s' ~ %s '%s'%n", bbc.get(p.a).fingerprint.similarity(bbc.get(p.b).fingerprint),
                bbc.get(p.a).id, bbc.get(p.a).title, bbc.get(p.b).id, bbc.get(p.b).title));
    }

    private static void allPairs(List<Integer> group, Set<Pair> out) {
        for (int x = 0; x < group.size(); x++) {
            for (int y = x + 1; y < group.size(); y++) {
                out.add(Pair.of(group.get(x), group.get(y)));
            }
        }
    }

    private static String normalTitle(String title) {
        return String.join(" ", Fingerprint.words(CORRECTED.matcher(title).replaceFirst("")));
    }

    private Story story(String set, String id, String title, LocalDate date, String text) {
        Document doc = Document.builder(text).title(title).build();
        Fingerprint f = detector.fingerprint(doc);
        return new Story(set, id, title, date, doc.body(), f, f.bandKeys());
    }

    private void readBbc(Path zip, List<Story> out) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = z.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.getName().matches("bbc/[a-z]+/\\d+\\.txt")) {
                    try (InputStream in = z.getInputStream(e)) {
                        texts.put(e.getName().substring(4), decode(in.readAllBytes()));
                    }
                }
            }
        }
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String text = e.getValue();
            int nl = text.indexOf('\n');
            String title = nl < 0 ? text.strip() : text.substring(0, nl).strip();
            out.add(story("bbc", e.getKey(), title, null, text));
        }
    }

    private void readReuters(Path folder, List<Story> out) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*.sgm.gz")) {
            ds.forEach(files::add);
        }
        files.sort(null);
        for (Path f : files) {
            String sgm;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                sgm = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            Matcher m = REUTERS.matcher(sgm);
            while (m.find()) {
                String record = m.group(2);
                Matcher body = BODY.matcher(record);
                Matcher title = TITLE.matcher(record);
                Matcher date = DATE.matcher(record);
                if (!body.find() || !date.find()) {
                    continue;
                }
                String t = title.find() ? Parser.unescapeEntities(title.group(1), false).strip() : "";
                String b = Parser.unescapeEntities(body.group(1).replace("&#3;", ""), false);
                out.add(story("reuters", m.group(1), t, LocalDate.parse(date.group(1), REUTERS_DATE),
                        t + "\n" + b));
            }
        }
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
