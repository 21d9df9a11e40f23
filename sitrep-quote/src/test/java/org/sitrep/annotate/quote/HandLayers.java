package org.sitrep.annotate.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.doc.Document;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Published;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.TextSpan;
import org.sitrep.doc.Timex;
import org.sitrep.doc.Token;

/**
 * Builds the layers the quote stage reads for small texts written in a test: tokens from CoreNLP's tokenizer
 * (untagged, so the stage tags them itself), sentences at end marks and newlines, and the entities and times the
 * test names. Not thread-safe; one per test.
 */
final class HandLayers {
    private final String text;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Timex> times = new ArrayList<>();
    private Published published = Published.UNKNOWN;
    private boolean closersOpenSentences;

    private HandLayers(String text) {
        this.text = text;
    }

    static HandLayers of(String text) {
        return new HandLayers(text);
    }

    /** Every whole-word occurrence of each name is a mention of one entity. */
    HandLayers entity(String id, String type, String... names) {
        List<TextSpan> spans = new ArrayList<>();
        for (String n : names) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(n) + "\\b").matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (spans.stream().noneMatch(x -> x.start() < e && s < x.end())) {
                    spans.add(new TextSpan(s, e));
                    mentions.add(new Mention(s, e, type));
                }
            }
        }
        spans.sort(org.sitrep.doc.Span.ORDER);
        entities.put(id, new Entity(id, names[0], type, List.of(names), spans));
        return this;
    }

    HandLayers time(String phrase, String value) {
        int s = text.indexOf(phrase);
        times.add(new Timex(s, s + phrase.length(), Timex.DATE, value, null, false, 1.0));
        return this;
    }

    /**
     * Splits as CoreNLP sometimes does with straight marks: a closing mark after a sentence's end opens the next
     * sentence ("… a bully." | "" Mr Blair retorted …").
     */
    HandLayers closingMarksOpenTheNextSentence() {
        this.closersOpenSentences = true;
        return this;
    }

    HandLayers published(String date) {
        this.published = Published.given(date);
        return this;
    }

    Document build() {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        PTBTokenizer<CoreLabel> tok = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(),
                "invertible=false,ptb3Escaping=false,normalizeParentheses=false,normalizeOtherBrackets=false,"
                        + "quotes=unicode,splitHyphenated=false");
        int sentStart = -1;
        int lastEnd = -1;
        boolean pendingEnd = false;
        while (tok.hasNext()) {
            CoreLabel l = tok.next();
            int s = l.beginPosition();
            int e = l.endPosition();
            boolean newline = lastEnd >= 0 && text.substring(lastEnd, s).contains("\n");
            String w = text.substring(s, e);
            boolean closer = !closersOpenSentences
                    && (w.equals("\u201D") || w.equals("\"") || w.equals("'") || w.equals("\u2019"));
            if (sentStart >= 0 && (newline || pendingEnd && !closer)) {
                sentences.add(new Sentence(sentStart, lastEnd));
                sentStart = -1;
            }
            if (sentStart < 0) {
                sentStart = s;
            }
            pendingEnd = w.equals(".") || w.equals("!") || w.equals("?") || (pendingEnd && closer);
            tokens.add(new Token(s, e, null));
            lastEnd = e;
        }
        if (sentStart >= 0) {
            sentences.add(new Sentence(sentStart, lastEnd));
        }
        return Document.builder(text).published(published).build()
                .with(Layers.TOKENS, tokens)
                .with(Layers.SENTENCES, sentences)
                .with(Layers.MENTIONS, mentions)
                .with(Layers.ENTITIES, new ArrayList<>(entities.values()))
                .with(Layers.TIMES, times);
    }
}
