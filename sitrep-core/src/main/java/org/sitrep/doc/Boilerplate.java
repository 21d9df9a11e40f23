package org.sitrep.doc;

/**
 * A stretch of the text that is not the article: a link list, a repeated title, a share line.
 * No stage after cleaning reads it; it is kept so that a user can see what was left out.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param kind what it is, as a short lower-case word: {@code link-list}, {@code repeated-title},
 *     {@code share}, {@code navigation}, {@code comments}, {@code ads}, {@code caption}, {@code dateline},
 *     {@code header}
 */
public record Boilerplate(int start, int end, String kind) implements Span {
    public static final String LINK_LIST = "link-list";
    public static final String REPEATED_TITLE = "repeated-title";
    public static final String SHARE = "share";
    public static final String NAVIGATION = "navigation";
    public static final String COMMENTS = "comments";
    public static final String ADS = "ads";
    public static final String CAPTION = "caption";
    /**
     * A line that holds only the article's date (and maybe its time), kept out of the body like the rest of the
     * page furniture but read when the publication date is looked for.
     */
    public static final String DATELINE = "dateline";
    /** A scrape's header of {@code key: value} lines ("url:", "title:", "published:") before its text. */
    public static final String HEADER = "header";
}
