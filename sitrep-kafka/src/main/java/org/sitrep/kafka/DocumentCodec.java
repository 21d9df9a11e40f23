package org.sitrep.kafka;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layer;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Published;

/**
 * The value of a document's Kafka record: the document as read (text, source, title, publication date, byline,
 * language and the layers the reader made, such as an HTML page's boilerplate blocks and source map) as UTF-8 JSON.
 * The record's key is the document's {@link Document#id() content hash}. Decoding gives back an equal document, with
 * the same id, so the job that analyzes it stores what {@code sitrep ingest} would have stored.
 *
 * <pre>{"format":1,"text":"…","source":"…","title":"…","published":{"value":"2024-11-08","basis":"GIVEN",
 * "confidence":1.0},"byline":null,"language":"en","layers":[{"name":"boilerplate","type":"org.sitrep.doc.Boilerplate",
 * "producedBy":"…","values":[{"start":0,"end":12,"kind":"navigation"}]}]}</pre>
 *
 * <p>A layer's values are records of a type in {@code org.sitrep}; any other type is refused on decoding, so a record
 * cannot make the reader load an arbitrary class.
 *
 * <p>Thread safety: stateless; one instance may serve any number of threads.
 *
 * <p>Failure: {@link #decode} throws {@link MalformedRecordException} naming what is wrong; {@link #encode} throws
 * {@link IllegalArgumentException} for a layer whose values are not records.
 */
public final class DocumentCodec {
    /** The format written; a record of another format is refused. */
    public static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

    private static final List<Layer<?>> KNOWN = List.of(Layers.BOILERPLATE, Layers.TOKENS, Layers.SENTENCES,
            Layers.MENTIONS, Layers.ENTITIES, Layers.TIMES, Layers.QUANTITIES, Layers.QUOTES, Layers.FACTS,
            Layers.SOURCE_MAP);

    /** The JSON object of one record. */
    private record Wire(int format, String text, String source, String title, Published published, String byline,
            String language, List<WireLayer> layers) {
    }

    private record WireLayer(String name, String type, String producedBy, JsonNode values) {
    }

    /** The record value of {@code doc}. */
    public byte[] encode(Document doc) {
        List<WireLayer> layers = new ArrayList<>();
        for (Layer<?> layer : doc.layerKeys()) {
            if (!layer.type().isRecord()) {
                throw new IllegalArgumentException("layer '" + layer.name() + "' holds " + layer.type().getName()
                        + ", which is not a record");
            }
            layers.add(new WireLayer(layer.name(), layer.type().getName(), layer.producedBy(),
                    JSON.valueToTree(doc.layer(layer))));
        }
        Wire wire = new Wire(FORMAT, doc.text(), doc.source(), doc.findTitle().orElse(null), doc.published(),
                doc.findByline().orElse(null), doc.findLanguage().orElse(null), layers);
        try {
            return JSON.writeValueAsBytes(wire);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(doc.source() + ": cannot be written as JSON: " + e.getOriginalMessage(),
                    e);
        }
    }

    /**
     * The document a record value holds.
     *
     * @throws MalformedRecordException if the value is not this format's JSON, or a layer cannot be read
     */
    public Document decode(byte[] value) {
        Wire wire;
        try {
            wire = JSON.readValue(value, Wire.class);
        } catch (IOException e) {
            throw new MalformedRecordException("not a Sitrep document record: " + oneLine(e), e);
        }
        if (wire == null || wire.format() != FORMAT) {
            throw new MalformedRecordException("not a Sitrep document record of format " + FORMAT
                    + (wire == null ? "" : " (format " + wire.format() + ")"), null);
        }
        if (wire.text() == null) {
            throw new MalformedRecordException("a document record without text", null);
        }
        Document.Builder b = Document.builder(wire.text()).source(wire.source()).title(wire.title())
                .published(wire.published()).byline(wire.byline()).language(wire.language());
        if (wire.layers() != null) {
            for (WireLayer l : wire.layers()) {
                addLayer(b, layer(l), l.values());
            }
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("not a valid document: " + e.getMessage(), e);
        }
    }

    private static Layer<?> layer(WireLayer l) {
        if (l.name() == null || l.type() == null) {
            throw new MalformedRecordException("a layer without a name or type", null);
        }
        for (Layer<?> known : KNOWN) {
            if (known.name().equals(l.name()) && known.type().getName().equals(l.type())) {
                return known;
            }
        }
        if (!l.type().startsWith("org.sitrep.")) {
            throw new MalformedRecordException("layer '" + l.name() + "' holds " + l.type()
                    + ", which is not a Sitrep record type", null);
        }
        Class<?> type;
        try {
            type = Class.forName(l.type(), false, DocumentCodec.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new MalformedRecordException("layer '" + l.name() + "' holds " + l.type()
                    + ", which is not on the class path", e);
        }
        if (!type.isRecord()) {
            throw new MalformedRecordException("layer '" + l.name() + "' holds " + l.type()
                    + ", which is not a record", null);
        }
        return Layer.of(l.name(), type, l.producedBy());
    }

    private static <T> void addLayer(Document.Builder b, Layer<T> layer, JsonNode values) {
        JavaType listType = JSON.getTypeFactory().constructCollectionType(List.class, layer.type());
        try {
            List<T> list = JSON.treeToValue(values, listType);
            b.layer(layer, list == null ? List.of() : list);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedRecordException("cannot read layer '" + layer.name() + "': " + oneLine(e), e);
        }
    }

    private static String oneLine(Exception e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.replace('\n', ' ');
    }
}
