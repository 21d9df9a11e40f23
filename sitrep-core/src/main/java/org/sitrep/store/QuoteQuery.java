package org.sitrep.store;

/**
 * Which quotes to return; a null field matches everything.
 *
 * @param speaker speaker entity id, or a name matched case-insensitively against the speaker's name
 * @param from earliest date, ISO, inclusive
 * @param to latest date, ISO, inclusive
 * @param page which slice
 */
public record QuoteQuery(String speaker, String from, String to, Page page) {
    public static QuoteQuery all() {
        return new QuoteQuery(null, null, null, Page.first(10_000));
    }

    public QuoteQuery withSpeaker(String speaker) {
        return new QuoteQuery(speaker, from, to, page);
    }
}
