package org.sitrep.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layer;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.TextSpan;
import org.sitrep.doc.Token;
import org.sitrep.pipeline.Annotator;
import org.sitrep.pipeline.Deadline;
import org.sitrep.pipeline.Pipeline;

/**
 * Tokens with part-of-speech tags, sentences and named-entity mentions through Stanford CoreNLP, configured for speed:
 * PTB tokenizer, newline-bounded sentence splitter, the left3words tagger and the single CoNLL 4-class CRF model
 * (PERSON, ORGANIZATION, LOCATION, MISC) with no fine-grained, numeric, SUTime or entity-mention post-processing.
 *
 * <p>A document whose source names a language other than English ({@link Document#isEnglishOrUnknown()}) gets no
 * part-of-speech tags: the English tagger's search over the tags of unknown words makes such text about twelve times
 * slower, for tags that mean nothing there. Its mentions are the same, as the NER model reads no tags.
 *
 * <p>Only the document's {@linkplain Document#bodySegments() body segments} are read, each on its own, so nothing in
 * boilerplate is tokenized. A sentence never crosses a newline (scrapes put a paragraph or the title on each line);
 * whitespace-only lines give no sentence. Token, sentence and mention offsets are document offsets.
 *
 * <p>Bounded work: the tagger and the NER model never see a sentence of more than {@link #MAX_SENTENCE_TOKENS}
 * tokens (a longer one is split into pieces of that many, and the pipeline is {@linkplain Pipeline#warn warned}), and
 * text reaches CoreNLP in pieces of at most {@link #MAX_PIECE_CHARS} characters, cut at line ends (a longer line is
 * cut at a space), so memory is bounded by the piece and time grows linearly with the text. The document's
 * {@link Deadline} is checked between pieces.
 *
 * <p>Thread safety: safe for concurrent use. The models load once per JVM, on first use, into a shared pipeline
 * whose {@code annotate} is thread-safe; instances are cheap and share it.
 *
 * <p>Failure: never fails on odd text (empty, odd Unicode, lone surrogates, a 5,000-character word); such text gives
 * empty or sparse layers. Throws {@link IllegalStateException} on first use if the CoreNLP models jar is missing
 * from the class path.
 */
public final class CoreNlpAnnotator implements Annotator {
    /** The single NER model: CoNLL-2003 4-class with distributional-similarity features. */
    public static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    /** The most tokens of one sentence the tagger and NER model see; a longer sentence is split into such pieces. */
    public static final int MAX_SENTENCE_TOKENS = 300;

    /** The most characters given to CoreNLP at once; text is cut at line ends, or at a space in a longer line. */
    static final int MAX_PIECE_CHARS = 20_000;

    /** Creates the annotator; models load on the first {@link #annotate} or {@link #warmUp()}. */
    public CoreNlpAnnotator() {
    }

    /** The CoreNLP properties this stage runs with, with or without part-of-speech tags. */
    static Properties properties(boolean tags) {
        return properties(tags ? "tokenize,ssplit,pos,ner" : "tokenize,ssplit,ner");
    }

    private static Properties properties(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        // the NER model reads words, shapes and word clusters, never tags
        p.setProperty("enforceRequirements", "false");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        p.setProperty("ner.language", "en");
        return p;
    }

    private static StanfordCoreNLP load(String annotators) {
        try {
            return new StanfordCoreNLP(properties(annotators));
        } catch (RuntimeException e) {
            throw new IllegalStateException("CoreNLP models could not be loaded (is stanford-corenlp:models on the"
                    + " class path?): " + e.getMessage(), e);
        }
    }

    /** Tokens and sentences, then, on sentences of bounded length, tags and mentions. */
    private static final class Models {
        static final StanfordCoreNLP SPLIT = load("tokenize,ssplit");
        static final StanfordCoreNLP PIPELINE = load("pos,ner");
    }

    /**
     * The pipeline without the tagger, loaded on the first document in another language, on its own (CoreNLP's
     * annotator cache shares the NER model with {@link Models} when both are loaded).
     */
    private static final class UntaggedModels {
        static final StanfordCoreNLP PIPELINE = load("ner");
    }

    /** Loads the models now (once per JVM), so that the first document is not slowed by it. */
    /**
     * Loads the models and runs one short sentence through them, so that what CoreNLP loads on its first sentence
     * (the NER model's word clusters) is loaded before any document's time budget starts.
     */
    @Override
    public void warmUp() {
        Annotation warm = new Annotation("Kenyan police arrived in Port-au-Prince on Monday, the United Nations said.");
        Models.SPLIT.annotate(warm);
        Models.PIPELINE.annotate(warm);
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS);
    }

    @Override
    public Document annotate(Document doc) {
        String text = doc.text();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        StanfordCoreNLP tagger = doc.isEnglishOrUnknown() ? Models.PIPELINE : UntaggedModels.PIPELINE;
        Splits splits = new Splits();
        for (TextSpan segment : doc.bodySegments()) {
            int at = segment.start();
            while (at < segment.end()) {
                int end = pieceEnd(text, at, segment.end(), MAX_PIECE_CHARS);
                String part = text.substring(at, end);
                if (!part.isBlank()) {
                    Deadline.checkCurrent();
                    Annotation annotation = new Annotation(part);
                    Models.SPLIT.annotate(annotation);
                    joinSplitsInsideBrackets(annotation);
                    moveOpeningApostrophes(annotation);
                    boundSentences(annotation, splits);
                    tagger.annotate(annotation);
                    collect(annotation, at, text, tokens, sentences, mentions);
                }
                at = end;
            }
        }
        if (splits.sentences > 0) {
            Pipeline.warn(splits.sentences + (splits.sentences == 1 ? " sentence" : " sentences") + " of more than "
                    + MAX_SENTENCE_TOKENS + " tokens (the longest " + splits.longest + ") split every "
                    + MAX_SENTENCE_TOKENS + " tokens for tagging");
        }
        return doc.newBuilder()
                .layer(Layers.TOKENS, tokens)
                .layer(Layers.SENTENCES, sentences)
                .layer(Layers.MENTIONS, mentions)
                .build();
    }

    /** How many sentences were split, and the longest one's length in tokens. */
    private static final class Splits {
        int sentences;
        int longest;
    }

    /**
     * Where the piece of {@code text} that starts at {@code from} ends: at {@code to} if that is within
     * {@code max} characters, else after the last line end within them, else after the last space that follows a
     * sentence's end ({@code .}, {@code ?} or {@code !}, perhaps with a closing quote or bracket), else after the last
     * space, else at {@code max} characters (never between the halves of a surrogate pair).
     */
    static int pieceEnd(String text, int from, int to, int max) {
        if (to - from <= max) {
            return to;
        }
        int limit = from + max;
        int newline = text.lastIndexOf('\n', limit - 1);
        if (newline >= from + max / 4) {
            return newline + 1;
        }
        int space = -1;
        for (int i = limit - 1; i >= from + max / 4; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                if (endsSentence(text, i, from)) {
                    return i + 1;
                }
                if (space < 0) {
                    space = i;
                }
            }
        }
        if (space >= 0) {
            return space + 1;
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    private static boolean endsSentence(String text, int space, int from) {
        int i = space - 1;
        while (i > from && "\"'\u201D\u2019)]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= from && ".?!".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Joins a sentence that the splitter ended inside a parenthesis to the words that go on after it. The tokenizer
     * reads the state in "(R-S.C.)" as "R-S.C", "." and ")", and the splitter ends the sentence there: "Sen. Lindsey
     * Graham (R-S.C.) | said …". A sentence that ends with a period and a closing bracket goes on when the next one,
     * in the same line, opens with a lower-case word or a comma.
     */
    static void joinSplitsInsideBrackets(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.size() < 2) {
            return;
        }
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> joined = new ArrayList<>();
        CoreMap current = sentences.get(0);
        for (int k = 1; k < sentences.size(); k++) {
            CoreMap next = sentences.get(k);
            if (endsInsideBracket(text, current, next)) {
                current = joined(text, current, next);
            } else {
                joined.add(current);
                current = next;
            }
        }
        joined.add(current);
        if (joined.size() == sentences.size()) {
            return;
        }
        setSentences(annotation, joined);
    }

    /**
     * Moves a quotation's opening two apostrophes from the end of one sentence to the start of the next. The New
     * York Times marks quotations with '' on both sides; the splitter reads the opening one after a period as
     * closing the sentence before, so "… taught in schools. ''" ended one sentence and "Throughout the time …,'' he
     * said." began the next without its mark, and the quotation read as running on from the sentence before.
     */
    static void moveOpeningApostrophes(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.size() < 2) {
            return;
        }
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> out = new ArrayList<>(sentences);
        boolean moved = false;
        for (int i = 0; i + 1 < out.size(); i++) {
            List<CoreLabel> a = out.get(i).get(CoreAnnotations.TokensAnnotation.class);
            List<CoreLabel> b = out.get(i + 1).get(CoreAnnotations.TokensAnnotation.class);
            if (a == null || b == null || a.size() < 3 || b.isEmpty()
                    || !opensQuotationAfterEnd(text, a.get(a.size() - 2), a.get(a.size() - 1), b.get(0))) {
                continue;
            }
            int tokenBegin = out.get(i).containsKey(CoreAnnotations.TokenBeginAnnotation.class)
                    ? out.get(i).get(CoreAnnotations.TokenBeginAnnotation.class) : 0;
            List<CoreLabel> next = new ArrayList<>();
            next.add(a.get(a.size() - 1));
            next.addAll(b);
            out.set(i, sentenceOf(text, new ArrayList<>(a.subList(0, a.size() - 1)), tokenBegin));
            out.set(i + 1, sentenceOf(text, next, tokenBegin + a.size() - 1));
            moved = true;
        }
        if (!moved) {
            return;
        }
        setSentences(annotation, out);
    }

    /** Sets {@code sentences} as the annotation's, each sentence and its tokens numbered in order. */
    private static void setSentences(Annotation annotation, List<CoreMap> sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            sentences.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            for (CoreLabel label : sentences.get(i).get(CoreAnnotations.TokensAnnotation.class)) {
                label.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            }
        }
        annotation.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    }

    private static boolean opensQuotationAfterEnd(String text, CoreLabel end, CoreLabel mark, CoreLabel next) {
        String e = text.substring(end.beginPosition(), end.endPosition());
        String m = text.substring(mark.beginPosition(), mark.endPosition());
        String n = text.substring(next.beginPosition(), next.endPosition());
        return (e.equals(".") || e.equals("?") || e.equals("!")) && m.equals("''")
                && mark.beginPosition() > end.endPosition() && next.beginPosition() == mark.endPosition()
                && !n.isEmpty() && Character.isLetterOrDigit(n.codePointAt(0));
    }

    private static boolean endsInsideBracket(String text, CoreMap sentence, CoreMap next) {
        List<CoreLabel> a = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreLabel> b = next.get(CoreAnnotations.TokensAnnotation.class);
        if (a == null || b == null || a.size() < 3 || b.isEmpty()) {
            return false;
        }
        CoreLabel close = a.get(a.size() - 1);
        CoreLabel period = a.get(a.size() - 2);
        CoreLabel word = a.get(a.size() - 3);
        String first = text.substring(b.get(0).beginPosition(), b.get(0).endPosition());
        return text.substring(close.beginPosition(), close.endPosition()).equals(")")
                && text.substring(period.beginPosition(), period.endPosition()).equals(".")
                && period.beginPosition() == word.endPosition() && close.beginPosition() == period.endPosition()
                && text.substring(close.endPosition(), b.get(0).beginPosition()).indexOf('\n') < 0
                && (first.equals(",") || !first.isEmpty() && Character.isLowerCase(first.codePointAt(0)));
    }

    private static CoreMap joined(String text, CoreMap a, CoreMap b) {
        List<CoreLabel> labels = new ArrayList<>(a.get(CoreAnnotations.TokensAnnotation.class));
        labels.addAll(b.get(CoreAnnotations.TokensAnnotation.class));
        int tokenBegin = a.containsKey(CoreAnnotations.TokenBeginAnnotation.class)
                ? a.get(CoreAnnotations.TokenBeginAnnotation.class) : 0;
        return sentenceOf(text, labels, tokenBegin);
    }

    /** A sentence of {@code labels} (tokens in order) of {@code text}, its first the {@code tokenBegin}th. */
    private static CoreMap sentenceOf(String text, List<CoreLabel> labels, int tokenBegin) {
        CoreMap out = new ArrayCoreMap(7);
        int begin = labels.get(0).beginPosition();
        int end = labels.get(labels.size() - 1).endPosition();
        out.set(CoreAnnotations.TokensAnnotation.class, labels);
        out.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        out.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        out.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        out.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
        out.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + labels.size());
        return out;
    }

    /** Replaces each sentence of more than {@link #MAX_SENTENCE_TOKENS} tokens with pieces of that many. */
    private static void boundSentences(Annotation annotation, Splits splits) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.stream().allMatch(CoreNlpAnnotator::isShort)) {
            return;
        }
        List<CoreMap> bounded = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            if (isShort(sentence)) {
                sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, bounded.size());
                bounded.add(sentence);
                continue;
            }
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            splits.sentences++;
            splits.longest = Math.max(splits.longest, labels.size());
            int tokenBegin = sentence.containsKey(CoreAnnotations.TokenBeginAnnotation.class)
                    ? sentence.get(CoreAnnotations.TokenBeginAnnotation.class) : 0;
            for (int from = 0; from < labels.size(); from += MAX_SENTENCE_TOKENS) {
                List<CoreLabel> part = new ArrayList<>(
                        labels.subList(from, Math.min(labels.size(), from + MAX_SENTENCE_TOKENS)));
                CoreMap piece = sentenceOf(annotation.get(CoreAnnotations.TextAnnotation.class), part,
                        tokenBegin + from);
                piece.set(CoreAnnotations.SentenceIndexAnnotation.class, bounded.size());
                for (CoreLabel label : part) {
                    label.set(CoreAnnotations.SentenceIndexAnnotation.class, bounded.size());
                }
                bounded.add(piece);
            }
        }
        annotation.set(CoreAnnotations.SentencesAnnotation.class, bounded);
    }

    private static boolean isShort(CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        return labels == null || labels.size() <= MAX_SENTENCE_TOKENS;
    }

    private static void collect(Annotation annotation, int shift, String text, List<Token> tokens,
            List<Sentence> sentences, List<Mention> mentions) {
        int limit = text.length();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (coreSentences == null) {
            return;
        }
        for (CoreMap sentence : coreSentences) {
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (labels == null || labels.isEmpty()) {
                continue;
            }
            int sentenceStart = -1;
            int sentenceEnd = -1;
            for (CoreLabel label : labels) {
                int s = clamp(label.beginPosition() + shift, limit);
                int e = Math.max(s, clamp(label.endPosition() + shift, limit));
                if (e == s) {
                    continue;
                }
                if (sentenceStart >= 0 && hasNewline(text, sentenceEnd, s)) {
                    sentences.add(new Sentence(sentenceStart, sentenceEnd));
                    sentenceStart = -1;
                }
                if (sentenceStart < 0) {
                    sentenceStart = s;
                }
                sentenceEnd = e;
                tokens.add(new Token(s, e, label.tag()));
            }
            if (sentenceStart >= 0) {
                sentences.add(new Sentence(sentenceStart, sentenceEnd));
            }
            mentions.addAll(MentionRuns.of(labels, shift, limit, MentionRuns::findCoarseType));
        }
    }

    private static boolean hasNewline(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static int clamp(int offset, int limit) {
        return Math.max(0, Math.min(offset, limit));
    }
}
