package org.sitrep.store;

/**
 * Which facts to return; a null field matches everything.
 *
 * @param subject entity id the facts are about
 * @param kind fact kind ({@link org.sitrep.doc.Fact#STRENGTH}...)
 * @param from earliest as-of date, ISO, inclusive
 * @param to latest as-of date, ISO, inclusive
 * @param page which slice
 */
public record FactQuery(String subject, String kind, String from, String to, Page page) {
    public static FactQuery all() {
        return new FactQuery(null, null, null, null, Page.first(10_000));
    }

    public FactQuery withSubject(String subject) {
        return new FactQuery(subject, kind, from, to, page);
    }

    public FactQuery withKind(String kind) {
        return new FactQuery(subject, kind, from, to, page);
    }
}
