package org.sitrep.doc;

import java.util.Objects;

/**
 * A typed key for one kind of annotation on a {@link Document}: sentences, named mentions, quotes...
 *
 * <p>A layer names the stage that usually produces it, so that a pipeline missing a stage can say which one to add.
 * Layers are compared by name. Instances are immutable and thread-safe.
 *
 * @param <T> the record type each annotation of this layer has
 */
public final class Layer<T> {
    private final String name;
    private final Class<T> type;
    private final String producedBy;

    private Layer(String name, Class<T> type, String producedBy) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.producedBy = Objects.requireNonNull(producedBy, "producedBy");
    }

    /**
     * Creates a layer key.
     *
     * @param name unique, lower-case name, as it appears in messages and in JSON
     * @param type the annotation record type
     * @param producedBy the annotator that usually produces it, named in error messages
     */
    public static <T> Layer<T> of(String name, Class<T> type, String producedBy) {
        return new Layer<>(name, type, producedBy);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    /** The annotator that usually produces this layer. */
    public String producedBy() {
        return producedBy;
    }

    /** Whether annotations of this layer are spans, checked to lie inside the text. */
    public boolean holdsSpans() {
        return Span.class.isAssignableFrom(type);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Layer<?> other && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
