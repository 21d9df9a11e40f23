package org.sitrep.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.sitrep.doc.Boilerplate;
import org.sitrep.doc.Document;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Quantity;
import org.sitrep.doc.Quote;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.Span;
import org.sitrep.doc.TextSpan;
import org.sitrep.doc.Timex;

/**
 * A document cut into what the document page shows: blocks (a sentence, or the text between sentences) made of
 * pieces, each piece a run of text with the kinds of span over it (entity mention, time, quantity, quote,
 * boilerplate) and, for a mention, the entity it links to. Every fact is numbered; the sentence holding its
 * evidence lists the numbers, and the fact list links back to the sentence ({@code #s-<start>}). A sentence holding
 * the start of a quote carries the anchor {@code q-<quote start>}.
 *
 * <p>The text is kept as data; the template escapes it. Pieces cover the text exactly, in order.
 *
 * <p>Thread safety: immutable.
 *
 * @param blocks the text, in order
 * @param facts the document's facts, numbered from 1 in text order
 */
record ArticleMarkup(List<Block> blocks, List<NumberedFact> facts) {

    /** A sentence (with its anchors and the facts it states) or a stretch between sentences. */
    record Block(boolean sentence, int start, List<String> anchors, List<Integer> facts, List<Piece> pieces) {
        /**
         * The opening tags around the block: one {@code <span id="q-N">} per quote anchor, then the sentence's own
         * {@code <span id="s-N">}. Made only of fixed names and numbers, so it needs no escaping.
         */
        String openTags() {
            StringBuilder sb = new StringBuilder();
            for (String a : anchors) {
                sb.append("<span class=\"quote-anchor\" id=\"").append(a).append("\">");
            }
            if (sentence) {
                sb.append("<span class=\"sentence").append(facts.isEmpty() ? "" : " has-fact").append("\" id=\"s-")
                        .append(start).append("\">");
            } else {
                sb.append("<span class=\"gap\">");
            }
            return sb.toString();
        }

        /** The tags closing {@link #openTags()}. */
        String closeTags() {
            return "</span>".repeat(anchors.size() + 1);
        }
    }

    /** A run of text under the same spans: {@code classes} names them, {@code href} links a mention's entity. */
    record Piece(String text, String classes, String href, String title) {
    }

    /** A fact with its number and the anchor of the sentence stating it ({@code s-<start>}), or null. */
    record NumberedFact(int number, Fact fact, String evidence, String anchor) {
    }

    static ArticleMarkup of(Document doc) {
        String text = doc.text();
        List<Sentence> sentences = doc.findLayer(Layers.SENTENCES).orElse(List.of());
        List<Quote> quotes = doc.findLayer(Layers.QUOTES).orElse(List.of());
        List<Fact> factList = doc.findLayer(Layers.FACTS).orElse(List.of());
        List<NumberedFact> facts = new ArrayList<>();
        for (int i = 0; i < factList.size(); i++) {
            Fact f = factList.get(i);
            String anchor = null;
            for (Sentence s : sentences) {
                if (s.overlaps(f) || s.start() == f.start()) {
                    anchor = "s-" + s.start();
                    break;
                }
            }
            facts.add(new NumberedFact(i + 1, f, doc.textOf(f), anchor));
        }

        List<Marked> marks = new ArrayList<>();
        for (Boilerplate b : doc.findLayer(Layers.BOILERPLATE).orElse(List.of())) {
            marks.add(new Marked(b, "boilerplate", null, "boilerplate: " + b.kind()));
        }
        for (Entity e : doc.findLayer(Layers.ENTITIES).orElse(List.of())) {
            for (TextSpan m : e.mentions()) {
                marks.add(new Marked(m, "mention", "/entities/" + e.id(), e.name() + " (" + e.type() + ")"));
            }
        }
        for (Timex t : doc.findLayer(Layers.TIMES).orElse(List.of())) {
            marks.add(new Marked(t, "time", null, t.type() + " " + (t.value() == null ? "?" : t.value())));
        }
        for (Quantity q : doc.findLayer(Layers.QUANTITIES).orElse(List.of())) {
            marks.add(new Marked(q, "quantity", null, (q.approximate() ? "about " : "")
                    + java.math.BigDecimal.valueOf(q.value()).stripTrailingZeros().toPlainString()
                    + (q.unit() == null ? "" : " " + q.unit()) + (q.object() == null ? "" : " " + q.object())));
        }
        for (Quote q : quotes) {
            marks.add(new Marked(q, "quote", null, "said by " + (q.speaker() == null ? "?" : q.speaker().name())
                    + (q.date() == null ? "" : " on " + q.date())));
        }

        // blocks: sentences and the gaps between them
        List<TextSpan> blockSpans = new ArrayList<>();
        List<Boolean> isSentence = new ArrayList<>();
        int at = 0;
        for (Sentence s : sentences) {
            if (s.start() < at) {
                continue;
            }
            if (s.start() > at) {
                blockSpans.add(new TextSpan(at, s.start()));
                isSentence.add(false);
            }
            blockSpans.add(new TextSpan(s.start(), s.end()));
            isSentence.add(true);
            at = s.end();
        }
        if (at < text.length()) {
            blockSpans.add(new TextSpan(at, text.length()));
            isSentence.add(false);
        }

        List<Block> blocks = new ArrayList<>();
        java.util.Set<Integer> anchored = new java.util.HashSet<>();
        for (int b = 0; b < blockSpans.size(); b++) {
            TextSpan span = blockSpans.get(b);
            boolean sentence = isSentence.get(b);
            List<String> anchors = new ArrayList<>();
            if (sentence) {
                for (Quote q : quotes) {
                    if (q.start() >= span.start() && q.start() < span.end() && anchored.add(q.start())) {
                        anchors.add("q-" + q.start());
                    }
                }
            }
            List<Integer> stated = new ArrayList<>();
            for (NumberedFact f : facts) {
                if (sentence && ("s-" + span.start()).equals(f.anchor())) {
                    stated.add(f.number());
                }
            }
            blocks.add(new Block(sentence, span.start(), anchors, stated, pieces(text, span, marks)));
        }
        // a quote starting outside every sentence still gets its anchor, on the block where it starts
        for (Quote q : quotes) {
            if (!anchored.contains(q.start())) {
                for (int b = 0; b < blocks.size(); b++) {
                    TextSpan span = blockSpans.get(b);
                    if (q.start() >= span.start() && (q.start() < span.end() || b == blocks.size() - 1)) {
                        Block old = blocks.get(b);
                        List<String> anchors = new ArrayList<>(old.anchors());
                        anchors.add("q-" + q.start());
                        blocks.set(b, new Block(old.sentence(), old.start(), anchors, old.facts(), old.pieces()));
                        anchored.add(q.start());
                        break;
                    }
                }
            }
        }
        return new ArticleMarkup(List.copyOf(blocks), List.copyOf(facts));
    }

    private record Marked(Span span, String kind, String href, String title) {
    }

    private static List<Piece> pieces(String text, TextSpan block, List<Marked> marks) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(block.start());
        cuts.add(block.end());
        List<Marked> inside = new ArrayList<>();
        for (Marked m : marks) {
            if (m.span().overlaps(block)) {
                inside.add(m);
                cuts.add(Math.max(block.start(), m.span().start()));
                cuts.add(Math.min(block.end(), m.span().end()));
            }
        }
        List<Piece> out = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            TextSpan piece = new TextSpan(from, to);
            StringBuilder classes = new StringBuilder();
            String href = null;
            StringBuilder title = new StringBuilder();
            for (Marked m : inside) {
                if (m.span().encloses(piece) && piece.length() > 0) {
                    if (classes.indexOf(m.kind()) < 0) {
                        classes.append(classes.length() == 0 ? "" : " ").append(m.kind());
                    }
                    if (m.href() != null && href == null) {
                        href = m.href();
                    }
                    title.append(title.length() == 0 ? "" : "; ").append(m.title());
                }
            }
            out.add(new Piece(text.substring(from, to), classes.toString(), href,
                    title.length() == 0 ? null : title.toString()));
            from = to;
        }
        return out;
    }
}
