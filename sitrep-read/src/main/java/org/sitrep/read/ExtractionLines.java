package org.sitrep.read;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Short lines that are never article text whatever box they stand in: a picture credit ({@code (Credit: Jane Doe /
 * Grist)}, {@code Foto: dpa}, {@code Crédits photos : Bestimage}) and a line that is only a date or a time
 * ({@code 11 Jan 2019}, {@code 23.10.2018}, {@code 3:59 PM}, {@code Samstag, 29. August 2020}): the page's date
 * is kept as its metadata, not as a paragraph of the body.
 *
 * <p>Thread safety: stateless; may be used from any thread.
 *
 * <p>Failure: never throws; {@code null} is no such line.
 */
final class ExtractionLines {
    /** The words that open a byline before the author's name, in the languages read: "by", "von", "par", … */
    static final String BYLINE_WORDS = "by|von|par|por|di|door";
    /** The longest line that may be a credit or a date line. */
    static final int MAX_CHARS = 120;
    private static final Pattern CREDIT = Pattern.compile("(?iu)\\(?\\s*(?:photo|photos|photograph|image|images|"
            + "picture|pictures|pic|credit|credits|photo credit|photo credits|image credit|image credits|"
            + "cr[ée]dit|cr[ée]dits|cr[ée]dits? photos?|foto|fotos|fotograf[íi]a|bild|bilder|titelbild|"
            + "beitragsbild|bildquelle|fotoquelle|zdj[ęe]cie)\\s*:.{0,100}");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d+])(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2})(?![\\d/-])");
    /** A day written as an ordinal: "29th", "1st", "2nd", "1er". */
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}(?:st|nd|rd|th|er)");
    /** A run of characters that are neither letters nor digits: what separates the words of a date line. */
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** The names of months and days that a date line writes, lower case. */
    private static final Set<String> DATE_NAMES = Set.of(
            // months, English, German, French, Spanish, Italian, Dutch, and their short forms
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "okt",
            "dez", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "gennaio", "febbraio", "aprile",
            "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "januari", "februari", "maart",
            "mei", "augustus",
            // days
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
            "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag",
            "freitag", "samstag", "sonnabend", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
            "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo");
    /** The clock words, time zones and joining words that a date line writes between numbers and names. */
    private static final Set<String> DATE_JOINING_WORDS = Set.of(
            "am", "pm", "a", "p", "m", "uhr", "um", "at", "on", "the", "of", "de", "del", "le", "h", "gmt", "utc",
            "cet", "cest", "mez", "mesz", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "ist", "st", "nd", "rd",
            "th");

    private ExtractionLines() {
    }

    /** Whether {@code line} (squashed) is only a picture credit. */
    static boolean isCredit(String line) {
        return line != null && line.length() <= MAX_CHARS && CREDIT.matcher(line).matches();
    }

    /**
     * Whether {@code line} (squashed) is only a date or a time: every word a number, a month or day name or a
     * clock word, with a month named or numbers joined as dates and times are ({@code 23.10.2018}, {@code 19:49}).
     */
    static boolean isDateOnly(String line) {
        if (line == null || line.isEmpty() || line.length() > 60) {
            return false;
        }
        boolean month = false;
        int numbers = 0;
        String[] words = NOT_LETTER_OR_DIGIT.split(line.toLowerCase(Locale.ROOT));
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (isNumber(w)) {
                numbers++;
            } else if (DATE_NAMES.contains(w)) {
                month = true;
            } else if (!DATE_JOINING_WORDS.contains(w)) {
                return false;
            }
        }
        if (numbers == 0 || numbers > 6 || line.startsWith("+")) {
            return false;
        }
        return month || NUMERIC_DATE.matcher(line).find();
    }

    /**
     * Labels of the fields that a page prints about an article rather than in it: its category, tags, dates and
     * views, in English, German, French, Spanish, Italian and Polish, lower case.
     */
    private static final Set<String> FIELD_LABELS = Set.of("category", "categories", "filed under", "posted in",
            "tags", "tagged", "tagged with", "keywords", "topics", "date", "news date", "release date", "published",
            "published on", "posted", "posted on", "updated", "last updated", "last modified", "views",
            "kategorie", "kategorien", "rubrik", "schlagworte", "schlagwörter", "stichworte", "stichwörter",
            "themen", "veröffentlicht", "veröffentlicht am", "aktualisiert", "aktualisiert am", "erstellt am",
            "zuletzt aktualisiert", "aufrufe", "datum", "catégorie", "catégories", "mots-clés", "publié le",
            "mis à jour le", "categoría", "categorías", "etiquetas", "publicado", "actualizado", "categoria",
            "categorie", "pubblicato", "aggiornato", "ultima modifica", "kategoria", "tagi",
            "publikacja", "aktualizacja", "data publikacji");
    /** The longest line taken for a line of such fields. */
    private static final int MAX_FIELD_LINE_CHARS = 80;

    /**
     * Whether {@code text} ends as a sentence does: with {@code .}, {@code !}, {@code ?} or {@code …}, perhaps followed
     * by a closing quote or parenthesis and white space.
     */
    static boolean endsLikeSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i >= 0 && "\"”’)".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Whether {@code line} (squashed) is a line of fields about the article, {@code Label: value} pairs that open
     * with a known label ({@code Category : Press Releases}, {@code News date : 04/21/2022 Category : Releases},
     * {@code Publikacja: 04.05.2021}, a bare {@code Aktualisiert:}): a short line, its first colon after one to
     * three words that name a field.
     */
    static boolean isFieldLine(String line) {
        if (line == null || line.length() > MAX_FIELD_LINE_CHARS) {
            return false;
        }
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > 30) {
            return false;
        }
        String label = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        return FIELD_LABELS.contains(label);
    }

    /** The labels among {@link #FIELD_LABELS} whose value is the article's date. */
    private static final Set<String> DATE_FIELD_LABELS = Set.of("date", "news date", "release date", "published",
            "published on", "posted", "posted on", "updated", "last updated", "last modified", "veröffentlicht",
            "veröffentlicht am", "aktualisiert", "aktualisiert am", "erstellt am", "zuletzt aktualisiert", "datum",
            "publié le", "mis à jour le", "publicado", "actualizado", "pubblicato", "aggiornato", "ultima modifica",
            "publikacja", "aktualizacja", "data publikacji");

    /** A word that says a line tells when the article appeared: "Posted on", "Veröffentlicht am", "Publié le". */
    private static final Pattern PUBLICATION_MARKER = Pattern.compile("(?iu)(?<![\\p{L}])(?:posted|published|"
            + "veröffentlicht|publiziert|eingetragen|geschrieben|erschienen|publié|publicado|pubblicato|gepubliceerd|"
            + "opublikowano|written|updated|aktualisiert|mis à jour)(?![\\p{L}])");
    /** "by" before a name: "by Jake Goulding", "von Stefan Beiersmann", "par Didier Roy" (not "delayed by gangs"). */
    private static final Pattern AUTHOR_MARKER = Pattern.compile("(?u)(?<![\\p{L}])(?i:" + BYLINE_WORDS + ")\\s+"
            + "\\p{Lu}");
    /** The most words besides its date that a line may hold to be a byline without a word of publication. */
    private static final int MAX_OTHER_WORDS = 3;
    /** The same on a line that is mostly links, where three words are more often a linked headline. */
    private static final int MAX_OTHER_LINKED_WORDS = 2;
    /** A full date written with a month name or in figures: "13. März 2019", "August 2, 2019", "25.08.2015". */
    private static final Pattern FULL_DATE = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:\\d{1,2}(?:\\.|st|nd|rd|th|er)?\\s*"
            + "(?:de\\s+)?\\p{L}{3,10}\\.?,?\\s*(?:de\\s+)?\\d{4}|\\p{L}{3,10}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            + "|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})(?![\\p{L}\\d])");

    /**
     * Whether {@code line} (squashed) is a byline that dates the article: a short line with a full date whose month,
     * where named, is a month, and a word of publication ({@code Veröffentlicht am 13. März 2019 von Michael V.},
     * {@code Geschrieben von Cooper am 25.08.2015 22:30}), an author's name after "by" ({@code by Jake Goulding on
     * January 20, 2020}) or at most three other words ({@code HansEhrlich 17.10.2019, 13:56 Uhr}, {@code October 22,
     * 2019 report}). On a line that is mostly links only a word of publication or at most two other words count: a
     * linked headline with a date ("Ruto visits Haiti, March 5, 2024", "Gang leader killed by Kenyan police, March
     * 5, 2024" in a list of stories) is none.
     *
     * @param mostlyLinks whether more than half the line is link text
     */
    static boolean isDatedByline(String line, boolean mostlyLinks) {
        if (line == null || line.length() > MAX_CHARS) {
            return false;
        }
        java.util.regex.Matcher d = FULL_DATE.matcher(line);
        while (d.find()) {
            if (isDateOnly(d.group())) {
                if (mostlyLinks) {
                    // a linked headline may hold "by" and a name ("… killed by Kenyan police, March 5, 2024")
                    return PUBLICATION_MARKER.matcher(line).find()
                            || otherWords(line, d.start(), d.end()) <= MAX_OTHER_LINKED_WORDS;
                }
                return PUBLICATION_MARKER.matcher(line).find() || AUTHOR_MARKER.matcher(line).find()
                        || otherWords(line, d.start(), d.end()) <= MAX_OTHER_WORDS;
            }
        }
        return false;
    }

    /** A day, month or year in figures, or a day as an ordinal ("29th"). */
    private static boolean isNumber(String word) {
        return word.chars().allMatch(Character::isDigit) || ORDINAL.matcher(word).matches();
    }

    /** The words of {@code line} outside {@code [start, end)} that are not date words (numbers, names, clock words). */
    private static int otherWords(String line, int start, int end) {
        int n = 0;
        for (String part : new String[] {line.substring(0, start), line.substring(end)}) {
            for (String w : NOT_LETTER_OR_DIGIT.split(part.toLowerCase(Locale.ROOT))) {
                if (!w.isEmpty() && !isNumber(w) && !DATE_JOINING_WORDS.contains(w) && !DATE_NAMES.contains(w)) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * Whether {@code line} (squashed) is a field line that dates the article, a date label and nothing but a date
     * after it ({@code Published: 4 May 2021}, {@code Aktualisiert am 04.05.2021:} is not one, its date is not after
     * the colon).
     */
    static boolean isDateFieldLine(String line) {
        if (!isFieldLine(line)) {
            return false;
        }
        int colon = line.indexOf(':');
        return DATE_FIELD_LABELS.contains(line.substring(0, colon).strip().toLowerCase(Locale.ROOT))
                && isDateOnly(line.substring(colon + 1).strip());
    }
}
