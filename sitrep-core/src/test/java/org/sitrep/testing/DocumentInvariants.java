package org.sitrep.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layer;
import org.sitrep.doc.Span;

/**
 * What must hold of every document a reader or a pipeline gives, whatever its input: every span of every layer lies
 * inside the text, each span layer is sorted, and the spans a record holds inside (an entity's mentions, a quote's
 * cue and source) lie inside the text too. The fuzz tests check it on every input.
 *
 * <p>Thread safety: stateless. Failure: {@link #check} throws {@link AssertionError} naming the document, the layer
 * and the span that breaks a rule.
 */
public final class DocumentInvariants {
    private DocumentInvariants() {
    }

    /** Checks {@code doc}; see the class comment. */
    public static void check(Document doc) {
        if (doc.text() == null) {
            throw new AssertionError(doc + ": no text");
        }
        int length = doc.text().length();
        for (Layer<?> layer : doc.layerKeys()) {
            List<?> values = doc.layer(layer);
            Span previous = null;
            for (Object value : values) {
                if (value instanceof Span span) {
                    inside(doc, layer, span, length);
                    if (previous != null && Span.ORDER.compare(previous, span) > 0) {
                        throw new AssertionError(doc + ": layer '" + layer.name() + "' is not sorted: "
                                + previous + " before " + span);
                    }
                    previous = span;
                }
                nestedSpans(doc, layer, value, length);
            }
        }
    }

    private static void nestedSpans(Document doc, Layer<?> layer, Object value, int length) {
        if (value == null || !value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object held;
            try {
                held = component.getAccessor().invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
            if (held instanceof Span span) {
                inside(doc, layer, span, length);
            } else if (held instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Span span) {
                        inside(doc, layer, span, length);
                    }
                }
            }
        }
    }

    private static void inside(Document doc, Layer<?> layer, Span span, int length) {
        if (span.start() < 0 || span.end() < span.start() || span.end() > length) {
            throw new AssertionError(doc + ": a span of layer '" + layer.name() + "' lies outside the text (length "
                    + length + "): " + span);
        }
    }
}
