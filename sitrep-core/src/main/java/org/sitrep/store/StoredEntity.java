package org.sitrep.store;

import java.util.List;

/**
 * An entity merged across the documents that mention it.
 *
 * @param id stable id
 * @param name canonical name
 * @param type entity type
 * @param aliases every other name it was called, sorted
 * @param documents how many documents mention it
 */
public record StoredEntity(String id, String name, String type, List<String> aliases, int documents) {
    public StoredEntity {
        aliases = List.copyOf(aliases);
    }
}
