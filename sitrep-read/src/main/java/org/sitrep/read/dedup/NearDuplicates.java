package org.sitrep.read.dedup;

import java.util.Optional;
import org.sitrep.doc.Document;
import org.sitrep.store.CopyDetector;
import org.sitrep.store.CopySignature;

/**
 * Recognizes the same story published twice: wire copy, a copy with a paragraph added or cut, sentences moved,
 * boilerplate around it, or light rewording. Two bodies are copies when the estimated Jaccard similarity of their
 * 3-word shingle sets ({@link Fingerprint}) reaches {@link #THRESHOLD}; the threshold and its precision and recall are
 * measured in {@code docs/decisions/0004-near-duplicates.md} ({@code NearDuplicatesBenchmark}).
 *
 * <p>Also the {@link CopyDetector} a store is given, so that it links copies as they are put.
 *
 * <p>Thread safety: stateless, safe for use from several threads.
 *
 * <p>Failure: never throws for any text; bodies of fewer than {@link Fingerprint#MIN_SHINGLES} shingles are never
 * judged copies (and have no signature).
 */
public final class NearDuplicates implements CopyDetector {
    /** Estimated shingle Jaccard at or above which two bodies are copies. */
    public static final double THRESHOLD = 0.5;

    private static final String SCHEME = "minhash-w" + Fingerprint.SHINGLE_WORDS + "-h" + Fingerprint.HASHES + "-b"
            + Fingerprint.BANDS + "-v1";

    /** The fingerprint of a document's body. */
    public Fingerprint fingerprint(Document doc) {
        return Fingerprint.of(doc.body());
    }

    /** Whether two fingerprints are of the same story: both long enough to judge, and similar enough. */
    public boolean isCopy(Fingerprint a, Fingerprint b) {
        return a.isJudgeable() && b.isJudgeable() && a.similarity(b) >= THRESHOLD;
    }

    /** Whether two documents are the same story, judged on their bodies. */
    public boolean isCopy(Document a, Document b) {
        return isCopy(fingerprint(a), fingerprint(b));
    }

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public Optional<CopySignature> findSignature(Document doc) {
        Fingerprint f = fingerprint(doc);
        if (!f.isJudgeable()) {
            return Optional.empty();
        }
        return Optional.of(new CopySignature(f.minima(), f.bandKeys()));
    }

    @Override
    public double similarity(CopySignature a, CopySignature b) {
        long[] x = a.values();
        long[] y = b.values();
        if (x.length != y.length || x.length == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == y[i]) {
                same++;
            }
        }
        return same / (double) x.length;
    }

    @Override
    public double threshold() {
        return THRESHOLD;
    }

    @Override
    public String toString() {
        return "NearDuplicates[" + SCHEME + ", threshold " + THRESHOLD + "]";
    }
}
