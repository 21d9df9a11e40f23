package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import org.sitrep.doc.Document;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Quantity;
import org.sitrep.doc.Quote;
import org.sitrep.doc.Timex;

/** The readable form of {@code sitrep analyze --format text}. */
final class TextSummary {
    private TextSummary() {
    }

    static void print(Document doc, PrintWriter out) {
        out.println("== " + doc.findTitle().orElse("(untitled)") + "  [" + doc.source() + "]");
        out.println("published: " + (doc.published().isKnown()
                ? doc.published().value() + " (" + doc.published().basis().jsonName() + ", confidence "
                        + doc.published().confidence() + ")"
                : "unknown"));
        List<Entity> entities = doc.findLayer(Layers.ENTITIES).orElse(List.of());
        out.println("entities (" + entities.size() + "):");
        for (Entity e : entities) {
            out.println("  " + e.name() + " [" + e.type() + ", " + e.id() + "]"
                    + (e.aliases().isEmpty() ? "" : " aka " + String.join("; ", e.aliases())));
        }
        List<Quote> quotes = doc.findLayer(Layers.QUOTES).orElse(List.of());
        out.println("quotes (" + quotes.size() + "):");
        for (Quote q : quotes) {
            out.println("  " + (q.speaker() == null ? "?" : q.speaker().name()) + " (" + q.kind()
                    + (q.channel() == null ? "" : ", " + q.channel()) + (q.date() == null ? "" : ", " + q.date())
                    + "): " + abbreviate(doc.textOf(q), 160));
        }
        List<Timex> times = doc.findLayer(Layers.TIMES).orElse(List.of());
        out.println("times (" + times.size() + "):");
        for (Timex t : times) {
            out.println("  \"" + doc.textOf(t) + "\" " + t.type() + " = " + t.value()
                    + (t.deadline() ? " (deadline)" : "") + (t.mod() == null ? "" : " mod " + t.mod()));
        }
        List<Quantity> quantities = doc.findLayer(Layers.QUANTITIES).orElse(List.of());
        out.println("quantities (" + quantities.size() + "):");
        for (Quantity q : quantities) {
            out.println("  \"" + doc.textOf(q) + "\" = " + (q.approximate() ? "~" : "") + format(q.value())
                    + (q.unit() == null ? "" : " " + q.unit()) + (q.object() == null ? "" : " " + q.object()));
        }
        List<Fact> facts = doc.findLayer(Layers.FACTS).orElse(List.of());
        out.println("facts (" + facts.size() + "):");
        for (Fact f : facts) {
            out.println("  " + f.kind() + ": " + f.subject() + " " + f.predicate() + " " + f.value()
                    + (f.asOf() == null ? "" : " as of " + f.asOf())
                    + (f.qualifiers().isEmpty() ? "" : " " + f.qualifiers()));
        }
        out.println();
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format("%,d", (long) v) : String.valueOf(v);
    }

    static String abbreviate(String s, int max) {
        String oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
