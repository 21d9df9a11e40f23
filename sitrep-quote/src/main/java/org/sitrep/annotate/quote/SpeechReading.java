package org.sitrep.annotate.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.doc.Document;
import org.sitrep.doc.Quote;
import org.sitrep.doc.TextSpan;

/**
 * One reading of one document for reported speech: finds the cues of speech in each sentence ({@link CueFinder}),
 * ties each to its content ({@link StatementContent}), carries speakers over to quotations with no cue of their
 * own ({@link CarriedSpeech}), and resolves every source to a speaker ({@link SpeakerResolution}).
 *
 * <p>Thread safety: not thread-safe; {@link QuoteAnnotator} makes a new one per document. Failure: never throws
 * for odd text; a sentence with nothing it understands gives no quotes.
 */
final class SpeechReading {
    private final List<Frame> frames = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();
    private final SpeechText body;
    private final CueFinder cues;
    private final StatementContent content;
    private final CarriedSpeech carried;
    private final SpeakerResolution speakers;

    SpeechReading(Document doc) {
        this.body = new SpeechText(doc);
        Phrases phrases = new Phrases(body);
        this.cues = new CueFinder(body, new CueVerbs(body, phrases), phrases, frames);
        this.content = new StatementContent(body, phrases, frames, statements);
        this.carried = new CarriedSpeech(body, phrases, frames, statements);
        this.speakers = new SpeakerResolution(body, phrases, statements);
    }

    List<Quote> read() {
        for (int s = 0; s < body.sentTok.size(); s++) {
            cues.findFrames(s);
        }
        for (Frame f : frames) {
            Statement st = content.contentOf(f);
            if (st != null) {
                statements.add(st);
            }
            Statement left = content.splitQuoteBefore(f, st);
            if (left != null) {
                statements.add(left);
            }
            Statement right = content.splitQuoteAfter(f, st);
            if (right != null) {
                statements.add(right);
            }
        }
        content.dropOverlapping();
        carried.attachUnclaimedQuotes();
        statements.sort(Comparator.comparingInt((Statement st) -> st.start).thenComparingInt(st -> st.end));
        List<Statement> byCue = new ArrayList<>(statements);
        byCue.sort(Comparator.comparingInt(speakers::anchor));
        for (Statement st : byCue) {
            speakers.resolve(st);
        }
        List<Quote> out = new ArrayList<>();
        for (Statement st : statements) {
            if (st.end > st.start && st.source != null) {
                out.add(new Quote(st.start, st.end, st.kind, st.speaker, st.cue, st.source, st.channel, st.date,
                        st.leadStart >= 0 ? new TextSpan(st.leadStart, st.leadEnd) : null));
            }
        }
        return out;
    }
}
