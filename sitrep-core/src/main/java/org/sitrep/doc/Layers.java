package org.sitrep.doc;

/**
 * The layers every Sitrep pipeline knows, with the stage that produces each.
 *
 * <p>Stages in other modules may define more layers with {@link Layer#of}.
 */
public final class Layers {
    private Layers() {
    }

    /** Link lists, repeated titles, share lines: the text no later stage reads. */
    public static final Layer<Boilerplate> BOILERPLATE =
            Layer.of("boilerplate", Boilerplate.class, "boilerplate (org.sitrep.clean.BoilerplateAnnotator)");

    /** Tokens with part-of-speech tags, inside sentences only. */
    public static final Layer<Token> TOKENS =
            Layer.of("tokens", Token.class, "corenlp (org.sitrep.annotate.corenlp.CoreNlpAnnotator)");

    /** Sentences of the body; none overlaps boilerplate. */
    public static final Layer<Sentence> SENTENCES =
            Layer.of("sentences", Sentence.class, "corenlp (org.sitrep.annotate.corenlp.CoreNlpAnnotator)");

    /** Named-entity mentions as recognized. */
    public static final Layer<Mention> MENTIONS =
            Layer.of("mentions", Mention.class, "corenlp (org.sitrep.annotate.corenlp.CoreNlpAnnotator)");

    /** Entities, each with its mentions and aliases. */
    public static final Layer<Entity> ENTITIES =
            Layer.of("entities", Entity.class, "entities (org.sitrep.annotate.entity.EntityAnnotator)");

    /** Temporal expressions, normalized against the publication date or a nearer anchor. */
    public static final Layer<Timex> TIMES =
            Layer.of("times", Timex.class, "time (org.sitrep.annotate.time.TimeAnnotator)");

    /** Counted and measured amounts. */
    public static final Layer<Quantity> QUANTITIES =
            Layer.of("quantities", Quantity.class, "quantities (org.sitrep.annotate.quantity.QuantityAnnotator)");

    /** Reported speech, direct and indirect, with resolved speakers. */
    public static final Layer<Quote> QUOTES =
            Layer.of("quotes", Quote.class, "quotes (org.sitrep.annotate.quote.QuoteAnnotator)");

    /** Facts of the record, each with its evidence span. */
    public static final Layer<Fact> FACTS =
            Layer.of("facts", Fact.class, "facts (org.sitrep.facts.FactAnnotator)");

    /** Where each run of the text came from in the page's markup, for text read from HTML. */
    public static final Layer<SourceSpan> SOURCE_MAP =
            Layer.of("source-map", SourceSpan.class, "reader (org.sitrep.read.DocumentReader)");
}
