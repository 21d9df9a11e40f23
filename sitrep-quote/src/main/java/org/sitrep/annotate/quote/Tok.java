package org.sitrep.annotate.quote;

/**
 * A token as the quote stage reads it: its characters, word, part-of-speech tag and lemma, and its sentence.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param word the token as written
 * @param lower the word in lower case
 * @param pos the Penn Treebank tag, or null when none could be given
 * @param lemma the lemma
 * @param sentence the index of its sentence
 */
record Tok(int start, int end, String word, String lower, String pos, String lemma, int sentence) {
    boolean isNoun() {
        return pos != null && (pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CD"));
    }

    boolean isProper() {
        return pos != null && pos.startsWith("NNP");
    }

    boolean isVerb() {
        return pos != null && (pos.startsWith("VB") || pos.equals("MD"));
    }

    /** A finite verb or a modal: VBD, VBZ, VBP or MD. */
    boolean isFinite() {
        return pos != null && SpeechText.FINITE_VERB_TAGS.contains(pos);
    }

    boolean isPunct() {
        return !word.isEmpty() && !Character.isLetterOrDigit(word.codePointAt(0));
    }
}
