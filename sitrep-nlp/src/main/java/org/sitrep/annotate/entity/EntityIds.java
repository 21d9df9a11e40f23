package org.sitrep.annotate.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Stable entity ids: the slug of a name, so that the same name gives the same id in every document.
 *
 * <p>Thread safety: stateless. Failure: never fails; a name with no letters or digits gives {@code "entity"}.
 */
public final class EntityIds {
    private EntityIds() {
    }

    /**
     * The slug of {@code name}: ASCII-folded, lower-case, with dots and apostrophes dropped and every other run of
     * non-alphanumerics turned into one hyphen ({@code "U.S. Agency for Int'l Development"} gives
     * {@code us-agency-for-intl-development}, {@code "António Guterres"} gives {@code antonio-guterres}).
     */
    public static String slugOf(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        folded = folded.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
                .replace("đ", "d").replace("Đ", "D").replace("æ", "ae").replace("Æ", "AE");
        String slug = folded.toLowerCase(Locale.ROOT)
                .replaceAll("[.'’ʼ`]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "entity" : slug;
    }
}
