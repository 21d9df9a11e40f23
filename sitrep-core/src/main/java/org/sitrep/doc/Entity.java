package org.sitrep.doc;

import java.util.List;

/**
 * A person, organization, place or other named thing, with every mention of it in the document.
 *
 * <p>The id is stable across documents (it is derived from the canonical name or a registry key), so that the
 * store can merge what several documents say about one entity.
 *
 * @param id stable identifier, e.g. {@code william-ruto}
 * @param name canonical name, e.g. {@code William Ruto}
 * @param type {@link Mention} type
 * @param aliases other names used for it, e.g. {@code Ruto}, {@code MSS}
 * @param mentions where it is named, sorted
 */
public record Entity(String id, String name, String type, List<String> aliases, List<TextSpan> mentions) {
    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
