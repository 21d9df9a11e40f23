package org.sitrep.annotate.quote.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sitrep.doc.TextSpan;

/**
 * Reads one PolNeAR compartment in brat standoff layout: {@code text/<article>.txt} and
 * {@code attributions/<article>_<annotator>.ann}, with publication dates from a {@code metadata.tsv} in the
 * compartment or its parent. An article annotated by several annotators is read from its first annotation file
 * by name.
 *
 * <p>Thread safety: stateless. Failure: throws {@link UncheckedIOException} when the folder cannot be read and
 * {@link IllegalArgumentException} when it has no {@code text/} and {@code attributions/}; malformed lines and
 * spans outside the text are skipped.
 */
public final class BratAttributions {
    private BratAttributions() {
    }

    /** The articles of {@code dir} in name order, at most {@code limit} of them ({@code limit <= 0}: all). */
    public static List<GoldArticle> read(Path dir, int limit) {
        Path textDir = dir.resolve("text");
        Path annDir = dir.resolve("attributions");
        if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
            throw new IllegalArgumentException(dir + " is not a PolNeAR compartment: it needs text/ and attributions/");
        }
        Map<String, String> dates = publicationDates(dir);
        TreeMap<String, Path> firstAnn = new TreeMap<>();
        try (Stream<Path> files = Files.list(annDir)) {
            files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().forEach(p -> {
                String f = p.getFileName().toString();
                String base = f.substring(0, f.length() - 4);
                int us = base.lastIndexOf('_');
                String article = us > 0 ? base.substring(0, us) : base;
                firstAnn.putIfAbsent(article, p);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + annDir, e);
        }
        List<GoldArticle> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : firstAnn.entrySet()) {
            if (limit > 0 && out.size() >= limit) {
                break;
            }
            Path txt = textDir.resolve(e.getKey() + ".txt");
            if (!Files.isRegularFile(txt)) {
                continue;
            }
            try {
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                List<String> lines = Files.readAllLines(e.getValue(), StandardCharsets.UTF_8);
                out.add(new GoldArticle(e.getKey(), text, dates.get(e.getKey()), parse(lines, text)));
            } catch (IOException x) {
                throw new UncheckedIOException("cannot read " + txt + " or " + e.getValue(), x);
            }
        }
        return out;
    }

    /** Attributions from the lines of one {@code .ann} file over {@code text}. */
    static List<GoldAttribution> parse(List<String> lines, String text) {
        Map<String, List<TextSpan>> spans = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        List<String> events = new ArrayList<>();
        for (String line : lines) {
            if (line.matches("T\\d+\t.*")) {
                String[] cols = line.split("\t", 3);
                if (cols.length < 2) {
                    continue;
                }
                int sp = cols[1].indexOf(' ');
                if (sp < 0) {
                    continue;
                }
                String type = cols[1].substring(0, sp);
                List<TextSpan> pieces = new ArrayList<>();
                for (String piece : cols[1].substring(sp + 1).split(";")) {
                    String[] se = piece.trim().split(" ");
                    try {
                        int s = Integer.parseInt(se[0]);
                        int en = Integer.parseInt(se[1]);
                        if (s >= 0 && en >= s && en <= text.length()) {
                            pieces.add(new TextSpan(s, en));
                        }
                    } catch (NumberFormatException | ArrayIndexOutOfBoundsException x) {
                        // a malformed piece is left out
                    }
                }
                spans.put(cols[0], pieces);
                types.put(cols[0], type);
            } else if (line.matches("E\\d+\t.*")) {
                events.add(line.split("\t", 2)[1]);
            }
        }
        List<GoldAttribution> out = new ArrayList<>();
        for (String ev : events) {
            Map<String, List<TextSpan>> roles = new LinkedHashMap<>();
            String[] parts = ev.trim().split("\\s+");
            if (parts.length == 0 || !parts[0].startsWith("Attribution")) {
                continue;
            }
            for (int i = 1; i < parts.length; i++) {
                int c = parts[i].indexOf(':');
                if (c < 0) {
                    continue;
                }
                String role = parts[i].substring(0, c).replaceAll("\\d+$", "");
                List<TextSpan> pieces = spans.getOrDefault(parts[i].substring(c + 1), List.of());
                roles.computeIfAbsent(role, k -> new ArrayList<>()).addAll(pieces);
            }
            List<TextSpan> content = roles.getOrDefault("Content", List.of());
            if (content.isEmpty()) {
                continue;
            }
            out.add(new GoldAttribution(content, roles.getOrDefault("Cue", List.of()),
                    roles.getOrDefault("Source", List.of()), isDirect(content, text)));
        }
        return out;
    }

    /** Content in quotation marks: it starts or ends with a double mark. */
    static boolean isDirect(List<TextSpan> content, String text) {
        TextSpan first = content.get(0);
        TextSpan last = content.get(content.size() - 1);
        String s = text.substring(first.start(), first.end()).strip();
        String e = text.substring(last.start(), last.end()).strip();
        return !s.isEmpty() && isMark(s.charAt(0)) || !e.isEmpty() && isMark(e.charAt(e.length() - 1));
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }

    /** filename → publication date, from metadata.tsv in {@code dir} or its parent. */
    static Map<String, String> publicationDates(Path dir) {
        Map<String, String> out = new HashMap<>();
        for (Path candidate : new Path[] {dir.resolve("metadata.tsv"),
                dir.toAbsolutePath().getParent() == null ? null : dir.toAbsolutePath().getParent().resolve("metadata.tsv")}) {
            if (candidate == null || !Files.isRegularFile(candidate)) {
                continue;
            }
            try {
                List<String> lines = Files.readAllLines(candidate, StandardCharsets.UTF_8);
                if (lines.isEmpty()) {
                    continue;
                }
                List<String> header = List.of(lines.get(0).split("\t"));
                int name = header.indexOf("filename");
                int date = header.indexOf("publication_date");
                if (name < 0 || date < 0) {
                    continue;
                }
                for (String line : lines.subList(1, lines.size())) {
                    String[] cols = line.split("\t");
                    if (cols.length > Math.max(name, date) && cols[date].matches("\\d{4}-\\d{2}-\\d{2}")) {
                        out.putIfAbsent(cols[name].replaceAll("\\.txt$", ""), cols[date]);
                    }
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + candidate, e);
            }
        }
        return out;
    }
}
