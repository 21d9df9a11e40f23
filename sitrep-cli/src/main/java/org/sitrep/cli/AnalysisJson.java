package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.sitrep.doc.Boilerplate;
import org.sitrep.doc.Document;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Published;
import org.sitrep.doc.Quantity;
import org.sitrep.doc.Quote;
import org.sitrep.doc.SourceSpan;
import org.sitrep.doc.Span;
import org.sitrep.doc.TextSpan;
import org.sitrep.doc.Timex;

/**
 * Writes an analyzed document as the JSON object that {@code sitrep analyze --format json} prints, version
 * {@value #SCHEMA_VERSION} of the schema in {@code docs/analysis-schema.md}.
 *
 * <p>Thread safety: stateless apart from a thread-safe {@link ObjectMapper}; safe to share. Failure: a layer the
 * document lacks is written as an empty array, never omitted.
 */
final class AnalysisJson {
    /** The schema version written in every object; bumped on any incompatible change. */
    static final String SCHEMA_VERSION = "1";

    private final ObjectMapper mapper;

    AnalysisJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode toJson(Document doc) {
        ObjectNode o = mapper.createObjectNode();
        o.put("version", SCHEMA_VERSION);
        o.put("id", doc.id());
        o.put("source", doc.source());
        o.put("title", doc.findTitle().orElse(null));
        o.put("text", doc.text());
        o.put("body", doc.body());
        o.set("published", published(doc.published()));
        o.put("byline", doc.findByline().orElse(null));
        o.put("language", doc.findLanguage().orElse(null));

        ArrayNode boiler = o.putArray("boilerplate");
        for (Boilerplate b : list(doc, Layers.BOILERPLATE)) {
            ObjectNode n = span(boiler.addObject(), b);
            n.put("kind", b.kind());
        }

        ArrayNode sourceMap = o.putArray("source_map");
        for (SourceSpan m : list(doc, Layers.SOURCE_MAP)) {
            ObjectNode n = span(sourceMap.addObject(), m);
            n.put("source_start", m.sourceStart());
            n.put("source_end", m.sourceEnd());
        }

        ArrayNode entities = o.putArray("entities");
        for (Entity e : list(doc, Layers.ENTITIES)) {
            ObjectNode n = entities.addObject();
            n.put("id", e.id());
            n.put("name", e.name());
            n.put("type", e.type());
            ArrayNode aliases = n.putArray("aliases");
            e.aliases().forEach(aliases::add);
            ArrayNode mentions = n.putArray("mentions");
            for (TextSpan m : e.mentions()) {
                spanWithText(mentions.addObject(), doc, m);
            }
        }

        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : list(doc, Layers.QUOTES)) {
            ObjectNode n = spanWithText(quotes.addObject(), doc, q);
            n.put("kind", q.kind());
            if (q.speaker() == null) {
                n.putNull("speaker"); // the source names no one this document resolves
            } else {
                ObjectNode speaker = n.putObject("speaker");
                speaker.put("name", q.speaker().name());
                speaker.put("entityId", q.speaker().entityId());
            }
            putSpan(n, "cue", doc, q.cue());
            putSpan(n, "source_span", doc, q.source());
            if (q.lead() != null) {
                putSpan(n, "lead", doc, q.lead()); // "Climate change" in "Climate change, he says, is …"
            }
            n.put("channel", q.channel());
            n.put("date", q.date());
        }

        ArrayNode times = o.putArray("times");
        for (Timex t : list(doc, Layers.TIMES)) {
            ObjectNode n = spanWithText(times.addObject(), doc, t);
            n.put("type", t.type());
            n.put("value", t.value());
            n.put("mod", t.mod());
            n.put("deadline", t.deadline());
            n.put("confidence", t.confidence());
        }

        ArrayNode quantities = o.putArray("quantities");
        for (Quantity q : list(doc, Layers.QUANTITIES)) {
            ObjectNode n = spanWithText(quantities.addObject(), doc, q);
            n.put("value", q.value());
            n.put("approximate", q.approximate());
            n.put("modifier", q.modifier());
            n.put("unit", q.unit());
            n.put("object", q.object());
        }

        ArrayNode facts = o.putArray("facts");
        for (Fact f : list(doc, Layers.FACTS)) {
            ObjectNode n = span(facts.addObject(), f);
            n.put("evidence", doc.textOf(f));
            n.put("kind", f.kind());
            n.put("subject", f.subject());
            n.put("predicate", f.predicate());
            n.put("value", f.value());
            n.put("asOf", f.asOf());
            ObjectNode qualifiers = n.putObject("qualifiers");
            for (Map.Entry<String, String> e : f.qualifiers().entrySet()) {
                qualifiers.put(e.getKey(), e.getValue());
            }
            n.put("extractor", f.extractor());
            n.put("confidence", f.confidence());
        }
        return o;
    }

    private ObjectNode published(Published p) {
        ObjectNode n = mapper.createObjectNode();
        n.put("value", p.value());
        n.put("basis", p.basis().jsonName());
        n.put("confidence", p.confidence());
        return n;
    }

    private static <T> List<T> list(Document doc, org.sitrep.doc.Layer<T> layer) {
        return doc.findLayer(layer).orElse(List.of());
    }

    private static ObjectNode span(ObjectNode n, Span s) {
        n.put("start", s.start());
        n.put("end", s.end());
        return n;
    }

    private static ObjectNode spanWithText(ObjectNode n, Document doc, Span s) {
        span(n, s);
        n.put("text", doc.textOf(s));
        return n;
    }

    private static void putSpan(ObjectNode parent, String field, Document doc, TextSpan s) {
        if (s == null) {
            parent.putNull(field);
        } else {
            spanWithText(parent.putObject(field), doc, s);
        }
    }
}
