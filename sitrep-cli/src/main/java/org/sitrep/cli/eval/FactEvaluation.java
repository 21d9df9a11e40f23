package org.sitrep.cli.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sitrep.doc.Document;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Published;
import org.sitrep.pipeline.Pipeline;

/**
 * {@code sitrep eval facts}: runs the pipeline on every article of a peaceops set and scores its facts against the
 * gold, as the set's README defines the scoring (see {@link FactMatcher} for the matching of names and dates).
 *
 * <p>Each prediction is taken in sentence order and matched to the first gold fact of its document and kind that it
 * matches and that no earlier prediction matched; a prediction matching only gold facts already matched (the same
 * fact stated twice) is neither a hit nor an error; one matching none is a false positive.
 *
 * <p>Thread safety: stateless; the pipeline passed in is used from the calling thread only.
 *
 * <p>Failure: throws {@link IllegalArgumentException} when the folder is not the set. An article that cannot be read
 * or analyzed is reported to {@code problems} in one line and all its gold counts as misses.
 */
public final class FactEvaluation {
    /** Whether each article is given its {@code published} date or has it inferred. */
    public enum Dates {
        /** As a user with the page's metadata: the header's date, those established from events included. */
        GIVEN,
        /** None given: the pipeline infers it from the text. */
        INFERRED
    }

    private FactEvaluation() {
    }

    /**
     * Scores every article of the set in {@code dir}.
     *
     * @param pipeline the stages that read each article, facts last
     * @param problems gets one line for each article that cannot be read
     */
    public static FactEvaluationResult run(Path dir, Dates dates, Pipeline pipeline, Consumer<String> problems) {
        PeaceOpsSet set = PeaceOpsSet.read(dir);
        Map<String, FactEvaluationResult.Tally> tallies = new LinkedHashMap<>();
        for (String kind : FactMatcher.REPORTED.keySet()) {
            tallies.put(kind, new FactEvaluationResult.Tally(kind));
        }
        List<FactEvaluationResult.Error> errors = new ArrayList<>();
        int datedRight = 0;
        int dated = 0;
        for (PeaceOpsSet.Article a : set.articles()) {
            Document doc = null;
            String problem = a.problem();
            if (problem == null) {
                try {
                    doc = pipeline.process(document(a, dates));
                } catch (RuntimeException | StackOverflowError e) {
                    problem = "docs/" + a.id() + ".txt: analysis failed: " + e;
                }
            }
            if (a.published() != null) {
                dated++;
                if (doc != null && a.published().equals(doc.published().value())) {
                    datedRight++;
                }
            }
            if (problem != null) {
                problems.accept(problem);
                for (PeaceOpsSet.GoldFact g : a.gold()) {
                    tallies.computeIfAbsent(g.kind(), FactEvaluationResult.Tally::new).gold++;
                    errors.add(new FactEvaluationResult.Error(a.id(), "miss", g.kind(), g.readings().get(0).toString(),
                            g.evidence()));
                }
                continue;
            }
            score(a, doc, set.missions(), tallies, errors);
        }
        return new FactEvaluationResult(set.articles().size(), dates, dated, datedRight, tallies, errors);
    }

    /**
     * The article as Sitrep reads a plain-text page: its header's url, title and, when given, date. With dates
     * inferred, the url is left out too (a url may hold the date), and the source is the file's name.
     */
    static Document document(PeaceOpsSet.Article a, Dates dates) {
        Document.Builder b = Document.builder(a.text())
                .source(dates == Dates.GIVEN ? a.url() : "docs/" + a.id() + ".txt");
        if (a.title() != null && !a.title().isBlank()) {
            b.title(a.title());
        }
        if (dates == Dates.GIVEN && a.published() != null) {
            b.published(Published.given(a.published()));
        }
        return b.build();
    }

    private static void score(PeaceOpsSet.Article a, Document doc, Map<String, List<String>> missions,
            Map<String, FactEvaluationResult.Tally> tallies, List<FactEvaluationResult.Error> errors) {
        FactMatcher matcher = new FactMatcher(missions, doc.findLayer(Layers.ENTITIES).orElse(List.of()));
        List<SchemaFact> predicted = new ArrayList<>();
        for (Fact f : doc.findLayer(Layers.FACTS).orElse(List.of())) {
            SchemaFact.of(f, doc).ifPresent(predicted::add);
        }
        boolean[] matched = new boolean[a.gold().size()];
        for (PeaceOpsSet.GoldFact g : a.gold()) {
            tallies.computeIfAbsent(g.kind(), FactEvaluationResult.Tally::new).gold++;
        }
        for (SchemaFact p : predicted) {
            FactEvaluationResult.Tally t = tallies.computeIfAbsent(p.kind(), FactEvaluationResult.Tally::new);
            int hit = -1;
            boolean repeat = false;
            for (int i = 0; i < a.gold().size(); i++) {
                if (matcher.matches(p, a.gold().get(i))) {
                    if (!matched[i]) {
                        hit = i;
                        break;
                    }
                    repeat = true;
                }
            }
            if (hit >= 0) {
                matched[hit] = true;
                t.predicted++;
                t.matched++;
                PeaceOpsSet.GoldFact g = a.gold().get(hit);
                for (String slot : FactMatcher.REPORTED.getOrDefault(p.kind(), List.of())) {
                    boolean right = matcher.slotAgrees(p, g, slot);
                    t.slot(slot, right);
                    if (!right) {
                        errors.add(new FactEvaluationResult.Error(a.id(), "slot " + slot, p.kind(),
                                "predicted " + p.slots().path(slot) + ", gold " + g.readings().get(0).get(slot),
                                p.evidence()));
                    }
                }
            } else if (!repeat) {
                t.predicted++;
                errors.add(new FactEvaluationResult.Error(a.id(), "false positive", p.kind(), p.slots().toString()
                        + " [" + p.rule() + "]", p.evidence()));
            }
        }
        for (int i = 0; i < matched.length; i++) {
            if (!matched[i]) {
                PeaceOpsSet.GoldFact g = a.gold().get(i);
                errors.add(new FactEvaluationResult.Error(a.id(), "miss", g.kind(), g.readings().get(0).toString(),
                        g.evidence()));
            }
        }
    }
}
