package org.sitrep.read;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header a plain-text scrape may open with: two or more {@code key: value} lines, one of them a url, title or
 * date, then a blank line ("url: https://…", "title: …", "published: 2008-07-31"). Its url is the document's
 * source, its title the title, and its date (the first ISO date of a {@code published:} or {@code date:} line; a note
 * after it, "(from events)", is left aside) the publication date, as metadata.
 *
 * <p>Thread safety: an immutable record; {@link #find} is stateless.
 *
 * <p>Failure: never throws; a text that does not open with such a header has none.
 *
 * @param url the {@code url:} or {@code source:} value, or null
 * @param title the {@code title:} value, or null
 * @param published the ISO date of the {@code published:} or {@code date:} value, or null
 * @param end the offset where the text after the header's blank line starts
 */
public record ScrapeHeader(String url, String title, String published, int end) {
    private static final Pattern LINE = Pattern.compile("\\A([A-Za-z][A-Za-z_-]{0,20}):[ \\t]*(\\S.*)\\z");
    private static final Pattern DATE = Pattern.compile("\\A(\\d{4}-\\d{2}-\\d{2}|\\d{4}-\\d{2}|\\d{4})\\b");
    private static final int MAX_LINES = 12;

    /** The header {@code text} opens with, if any. */
    public static Optional<ScrapeHeader> find(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        int pos = 0;
        int lines = 0;
        while (pos < text.length() && lines <= MAX_LINES) {
            int eol = text.indexOf('\n', pos);
            int lineEnd = eol < 0 ? text.length() : eol;
            String line = text.substring(pos, lineEnd).replace("\r", "");
            if (line.isBlank()) {
                return lines >= 2 && known(fields) ? Optional.of(of(fields, eol < 0 ? text.length() : eol + 1))
                        : Optional.empty();
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                return Optional.empty();
            }
            fields.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
            lines++;
            if (eol < 0) {
                break;
            }
            pos = eol + 1;
        }
        return Optional.empty();
    }

    private static boolean known(Map<String, String> fields) {
        return fields.containsKey("url") || fields.containsKey("source") || fields.containsKey("title")
                || fields.containsKey("published") || fields.containsKey("date");
    }

    private static ScrapeHeader of(Map<String, String> fields, int end) {
        String url = fields.getOrDefault("url", fields.get("source"));
        String date = fields.getOrDefault("published", fields.get("date"));
        Matcher d = DATE.matcher(date == null ? "" : date);
        // only a date the calendar has: "published: 0112-24-08" gives none
        String published = d.find() ? PublicationDates.findIsoDate(d.group(1)).orElse(null) : null;
        return new ScrapeHeader(url, fields.get("title"), published, end);
    }
}
