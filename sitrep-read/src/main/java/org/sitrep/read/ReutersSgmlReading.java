package org.sitrep.read;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.doc.Document;
import org.sitrep.doc.Published;

/**
 * Reads a Reuters-21578 SGML file ({@code reut2-NNN.sgm}, gzipped or not): each {@code <REUTERS NEWID="n">}
 * record with a {@code <BODY>} becomes one document.
 *
 * <p>The file is not well-formed XML (control-character references, no root element), so records and their fields
 * are taken out with patterns, not an XML parser. A document's text is the {@code <TITLE>}, a blank line, and the
 * body's paragraphs separated by blank lines, the {@code <DATELINE>} ("SALVADOR, Feb 26 - ") opening the first.
 * The wire's hard line breaks inside a paragraph become spaces (a paragraph starts at a line indented by spaces or
 * after a blank line), so that sentences, which never cross a newline, are whole. {@code &lt;}, {@code &gt;} and
 * {@code &amp;} are unescaped and the character references {@code &#1;}–{@code &#31;} (the {@code &#3;} end
 * marker among them) dropped. The source is {@code file#NEWID}; the {@code <DATE>} ({@code 26-FEB-1987 15:01:01.79})
 * is the publication date, basis {@link Published.Basis#METADATA}, unless the reader was given one.
 *
 * <p>Thread safety: immutable.
 *
 * <p>Failure: never throws for bad input; a record without a body is skipped (counted in one warning per file), a
 * record whose date cannot be read is kept with an unknown date and a warning, and a file without records is an
 * error.
 */
final class ReutersSgmlReading {
    private static final Pattern RECORD = Pattern.compile("<REUTERS\\b([^>]*)>(.*?)</REUTERS>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern NEWID = Pattern.compile("\\bNEWID\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTROL_REFERENCE = Pattern.compile("&#(?:[1-9]|[12][0-9]|3[01]);");
    private static final Pattern PARAGRAPH_START = Pattern.compile("\\n(?:[ \\t]*\\n)+|\\n(?=[ \\t]+\\S)");
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d-MMM-yyyy").toFormatter(Locale.ROOT);

    private final Optional<Published> given;

    ReutersSgmlReading(Optional<Published> given) {
        this.given = given;
    }

    /** Whether a file of this name (its {@code .gz} suffix already taken off) is Reuters SGML. */
    static boolean isReutersSgml(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".sgm");
    }

    ReadResult read(String name, String sgml) {
        List<Document> documents = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Matcher m = RECORD.matcher(sgml);
        int records = 0;
        int withoutBody = 0;
        while (m.find()) {
            records++;
            String attributes = m.group(1);
            String record = m.group(2);
            Matcher id = NEWID.matcher(attributes);
            String source = name + "#" + (id.find() ? id.group(1).strip() : String.valueOf(records));
            Optional<String> body = field(record, "BODY");
            if (body.isEmpty() || body.get().isBlank()) {
                withoutBody++;
                continue;
            }
            Optional<String> title = field(record, "TITLE").map(t -> clean(t).replaceAll("\\s+", " ").strip())
                    .filter(t -> !t.isEmpty());
            String dateline = field(record, "DATELINE").map(d -> clean(d).replaceAll("\\s+", " ").strip())
                    .orElse("");
            String paragraphs = paragraphs(clean(body.get()));
            if (paragraphs.isEmpty()) {
                withoutBody++;
                continue;
            }
            StringBuilder text = new StringBuilder();
            title.ifPresent(t -> text.append(t).append("\n\n"));
            if (!dateline.isEmpty()) {
                text.append(dateline).append(' ');
            }
            text.append(paragraphs).append('\n');
            Published published = given.orElseGet(() -> published(field(record, "DATE").orElse(""))
                    .orElseGet(() -> {
                        diagnostics.add(Diagnostic.warning(source, "no readable <DATE>; date unknown"));
                        return Published.UNKNOWN;
                    }));
            documents.add(Document.builder(text.toString()).source(source).title(title.orElse(null))
                    .published(published).build());
        }
        if (records == 0) {
            diagnostics.add(Diagnostic.error(name, "no <REUTERS> records in the SGML file"));
        } else if (withoutBody > 0) {
            diagnostics.add(Diagnostic.warning(name, withoutBody + " of " + records
                    + " records have no <BODY>; skipped"));
        }
        return new ReadResult(documents, diagnostics);
    }

    /** The content of the first {@code <tag>...</tag>} in the record, raw. */
    private static Optional<String> field(String record, String tag) {
        Matcher m = Pattern.compile("<" + tag + "\\b[^>]*>(.*?)</" + tag + ">", Pattern.DOTALL
                | Pattern.CASE_INSENSITIVE).matcher(record);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Drops control-character references and unescapes the three entities the collection uses. */
    private static String clean(String raw) {
        String s = CONTROL_REFERENCE.matcher(raw.replace("\r\n", "\n")).replaceAll("");
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** Wire lines joined into paragraphs: one per line, separated by a blank line. */
    static String paragraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String paragraph : PARAGRAPH_START.split(body)) {
            String joined = paragraph.replaceAll("\\s+", " ").strip();
            if (!joined.isEmpty()) {
                out.add(joined);
            }
        }
        return String.join("\n\n", out);
    }

    /** {@code 26-FEB-1987 15:01:01.79} as a day. */
    static Optional<Published> published(String date) {
        String day = date.strip().split("\\s+")[0];
        try {
            LocalDate d = LocalDate.parse(day, DATE);
            return Optional.of(new Published(d.toString(), Published.Basis.METADATA, 1.0));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
