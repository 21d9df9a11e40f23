package org.sitrep.doc;

/**
 * A piece of reported speech: what was said (the span itself), who said it, how, where and when.
 *
 * @param start first character of the content, inclusive
 * @param end last character of the content, exclusive
 * @param kind {@link #DIRECT}, {@link #INDIRECT} or {@link #MIXED}
 * @param speaker who said it, as resolved
 * @param cue the verb or phrase that reports it ("said", "posted on X", "according to"), or null
 * @param source the words in the text that name the speaker ("he", "Ruto", "officials"), or null
 * @param channel the channel or occasion ("X", "the United Nations General Assembly"), or null
 * @param date when it was said, a TimeML value, or null when unknown
 * @param lead the opening words of reported speech that the speech clause interrupts ("Climate change" in "Climate
 *     change, Mr. Obama often says, is the greatest threat"): a span before the cue, or null
 */
public record Quote(int start, int end, String kind, Speaker speaker, TextSpan cue, TextSpan source, String channel,
        String date, TextSpan lead) implements Span {
    public static final String DIRECT = "direct";
    public static final String INDIRECT = "indirect";
    public static final String MIXED = "mixed";

    /** A quote whose content is one span, uninterrupted. */
    public Quote(int start, int end, String kind, Speaker speaker, TextSpan cue, TextSpan source, String channel,
            String date) {
        this(start, end, kind, speaker, cue, source, channel, date, null);
    }

    /**
     * Who said it.
     *
     * @param name the resolved name, or the source as written for anonymous and group sources ("officials")
     * @param entityId the {@link Entity#id()}, or null for anonymous and group sources
     */
    public record Speaker(String name, String entityId) {
    }
}
