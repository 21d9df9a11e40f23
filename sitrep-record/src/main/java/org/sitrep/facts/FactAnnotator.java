package org.sitrep.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.doc.Document;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Layer;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Sentence;
import org.sitrep.pipeline.Annotator;

/**
 * Finds the facts of the record in each sentence of a document, by general rules of English news over the layers
 * earlier stages produced: strength figures, targets with deadlines, mandate decisions, funding, events and
 * positions on a proposal (see {@link Fact} for the kinds and their qualifiers).
 *
 * <p>Only sentences are read, so nothing from boilerplate becomes a fact; the headline, when it stands as the first
 * sentence, is skipped too, since the body tells the same with its details. A fact's span is its evidence sentence;
 * its subject is an entity id, the mission named in the sentence or the mission the document is mostly about; its
 * {@code asOf} is the sentence's own date, else the publication date (qualifier {@code asOfBasis} says which), and
 * null when neither is known: never today's date. The same target or figure stated twice in one document is kept
 * once, with the qualifiers of both; a vote that decided a mandate is told by the mandate fact, not as an event.
 *
 * <p>Thread safety: stateless; all per-document state lives in objects made for one call, so one instance may be
 * shared by many threads.
 *
 * <p>Failure: never throws on odd text; a document without sentences, entities or quantities gets an empty layer.
 * Missing required layers are read as empty (a pipeline checks them before it runs).
 */
public final class FactAnnotator implements Annotator {

    @Override
    public String name() {
        return "facts";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.MENTIONS, Layers.ENTITIES, Layers.TIMES,
                Layers.QUANTITIES, Layers.QUOTES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.FACTS);
    }

    @Override
    public Document annotate(Document doc) {
        return doc.with(Layers.FACTS, find(doc));
    }

    /** The facts of {@code doc}, in sentence order. */
    public List<Fact> find(Document doc) {
        DocumentView view = new DocumentView(doc);
        Proposals proposals = new Proposals(view);
        List<FactRule> rules = List.of(new EventRules(proposals), new MandateRules(), new QuantityRules(),
                new PositionRules(proposals), new StanceRules(proposals), new CasualtyRules(),
                new MovementRules(), new AgreementRules(), new AttackRules());
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i < view.sentences.size(); i++) {
            Sentence s = view.sentences.get(i);
            if (view.isTitle(s) || doc.isBoilerplate(s) || view.isCaption(s)) {
                continue;
            }
            for (FactRule rule : rules) {
                rule.find(view, i, out);
            }
        }
        List<Fact> mandates = out.stream().filter(f -> f.kind().equals(Fact.MANDATE)).toList();
        out.removeIf(f -> f.kind().equals(Fact.EVENT) && f.predicate().equals("vote")
                && mandates.stream().anyMatch(m -> m.start() == f.start() && m.end() == f.end()));
        return mergeRepeats(out);
    }

    /** One document stating the same target or figure twice: keep the first telling, with both tellings' details. */
    static List<Fact> mergeRepeats(List<Fact> facts) {
        Map<String, Fact> kept = new LinkedHashMap<>();
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            if (!f.kind().equals(Fact.TARGET) && !f.kind().equals(Fact.STRENGTH)) {
                out.add(f);
                continue;
            }
            String key = String.join("|", f.kind(), f.subject(), f.predicate(), f.value(),
                    Objects.toString(f.asOf()), f.findQualifier("due").orElse(""),
                    f.findQualifier("unit").orElse(""));
            Fact earlier = kept.get(key);
            if (earlier == null) {
                kept.put(key, f);
                out.add(f);
                continue;
            }
            Fact richer = f.qualifiers().size() > earlier.qualifiers().size() ? f : earlier;
            Fact other = richer == f ? earlier : f;
            Map<String, String> q = new LinkedHashMap<>(other.qualifiers());
            q.putAll(richer.qualifiers());
            Fact merged = new Fact(richer.start(), richer.end(), richer.kind(), richer.subject(), richer.predicate(),
                    richer.value(), richer.asOf(), q, richer.extractor(),
                    Math.max(richer.confidence(), other.confidence()));
            out.set(out.indexOf(earlier), merged);
            kept.put(key, merged);
        }
        return out;
    }
}
