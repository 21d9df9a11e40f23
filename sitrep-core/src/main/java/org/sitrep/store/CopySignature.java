package org.sitrep.store;

import java.util.Arrays;

/**
 * A compact sketch of a document's body that a {@link CopyDetector} compares, with the keys a store indexes it by.
 *
 * <p>Two signatures can only be compared when they come from the same scheme ({@link CopyDetector#scheme()}). Two
 * documents whose bodies are copies share at least one band key with high probability, so a store looks up
 * candidates by band key and never scans every signature.
 *
 * <p>Thread safety: immutable (the arrays are copied in and out).
 *
 * @param values the sketch itself, compared by {@link CopyDetector#similarity}
 * @param bandKeys keys to index by; documents sharing none are taken not to be copies
 */
public record CopySignature(long[] values, long[] bandKeys) {
    public CopySignature {
        values = values.clone();
        bandKeys = bandKeys.clone();
    }

    @Override
    public long[] values() {
        return values.clone();
    }

    @Override
    public long[] bandKeys() {
        return bandKeys.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CopySignature s && Arrays.equals(values, s.values) && Arrays.equals(bandKeys, s.bandKeys);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(bandKeys);
    }

    @Override
    public String toString() {
        return "CopySignature[" + values.length + " values, " + bandKeys.length + " band keys]";
    }
}
