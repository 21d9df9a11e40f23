package org.sitrep.annotate.quote;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word-level knowledge taken from CoreNLP: lemmas (its morphology), part-of-speech tags when the token layer has
 * none (its left3words tagger, loaded once on first need), and first-name gender lists shipped in its models jar.
 *
 * <p>Thread safety: the tagger and name lists load once in static holders; CoreNLP's morphology is synchronized
 * and its tagger is safe for concurrent {@code tagSentence} calls. Failure: a missing gender list leaves gender
 * unknown; a missing tagger model throws {@link IllegalStateException} naming the model.
 */
final class Words {
    private Words() {
    }

    static final String TAGGER_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

    static String lemma(String word, String pos) {
        String w = word.toLowerCase(Locale.ROOT);
        if (pos == null || !pos.startsWith("VB")) {
            return w;
        }
        try {
            return Morphology.lemmaStatic(w, pos);
        } catch (RuntimeException e) {
            return w;
        }
    }

    /** Penn tags for the words of one sentence, from CoreNLP's tagger. */
    static List<String> tag(List<String> words) {
        List<Word> in = new ArrayList<>(words.size());
        for (String w : words) {
            in.add(new Word(w));
        }
        List<TaggedWord> tagged = TaggerHolder.TAGGER.tagSentence(in);
        List<String> tags = new ArrayList<>(tagged.size());
        for (TaggedWord t : tagged) {
            tags.add(t.tag());
        }
        return tags;
    }

    /** "male", "female", or null when the first name is not known or is used for both. */
    static String genderOfFirstName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        boolean m = Names.MALE.contains(n);
        boolean f = Names.FEMALE.contains(n);
        return m == f ? null : m ? "male" : "female";
    }

    private static final class TaggerHolder {
        static final MaxentTagger TAGGER = load();

        private static MaxentTagger load() {
            try {
                return new MaxentTagger(TAGGER_MODEL);
            } catch (RuntimeException e) {
                throw new IllegalStateException("cannot load CoreNLP tagger " + TAGGER_MODEL, e);
            }
        }
    }

    private static final class Names {
        static final Set<String> MALE = read("edu/stanford/nlp/models/gender/male_first_names.txt");
        static final Set<String> FEMALE = read("edu/stanford/nlp/models/gender/female_first_names.txt");

        private static Set<String> read(String resource) {
            Set<String> out = new HashSet<>();
            try (InputStream in = Words.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    return out;
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null;) {
                    if (!line.isBlank()) {
                        out.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                return out;
            }
            return out;
        }
    }
}
