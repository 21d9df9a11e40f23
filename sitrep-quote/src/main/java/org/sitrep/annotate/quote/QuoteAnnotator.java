package org.sitrep.annotate.quote;

import java.util.List;
import java.util.Set;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layer;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Quote;
import org.sitrep.pipeline.Annotator;

/**
 * Finds reported speech, direct and indirect, and says who said it, how, where and when.
 *
 * <p>Direct quotations (curly, straight and low-high double marks; split quotations; quotations over several
 * paragraphs; single marks nested inside) are tied to the cue next to them ("…,” he said", "He stated, “…”").
 * Indirect speech is read from the cues of English news: a verb of saying with its subject ("X said (that) …",
 * "X told reporters …", "X warned …", "X voiced support for …", "X posted on X that …"), "according to X", and
 * "as X noted". A quotation inside indirect content makes it {@link Quote#MIXED}. A quotation that opens a
 * sentence with no cue of its own continues the last speaker's statement; short quotations inside a sentence with
 * no cue (scare quotes, titles) are not statements.
 *
 * <p>Speakers resolve to {@link Layers#ENTITIES}: the entity named at the head of the source; "he"/"she" to the
 * nearest earlier person who spoke or was named first in a sentence, of a compatible gender when it is known;
 * "the president" to the person last named with that title; anonymous and group sources ("officials",
 * "a spokesperson", "Proponents of …") keep the words as written and no entity. The channel or occasion is taken
 * from the speech clause ("on X", "in a statement", "at the United Nations General Assembly", "during a visit to
 * Haiti"); the date from a time expression of the speech clause, else from the statement it continues, else the
 * publication date, else null.
 *
 * <p>The cues are English: a document whose source names another language ({@link Document#isEnglishOrUnknown()})
 * gets an empty layer, never speech read with English words and tags.
 *
 * <p>Thread safety: stateless; each call reads one document on its own. The part-of-speech tagger, used only when
 * the token layer carries no tags, loads once per JVM. Failure: never throws for odd text; a document without
 * sentences gets an empty layer.
 */
public final class QuoteAnnotator implements Annotator {

    /** The stage with its defaults. */
    public QuoteAnnotator() {
    }

    @Override
    public String name() {
        return "quote";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.MENTIONS, Layers.ENTITIES, Layers.TIMES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.QUOTES);
    }

    @Override
    public Document annotate(Document doc) {
        if (!doc.isEnglishOrUnknown()) {
            return doc.with(Layers.QUOTES, List.of());
        }
        List<Quote> quotes = new SpeechReading(doc).read();
        return doc.with(Layers.QUOTES, quotes);
    }
}
