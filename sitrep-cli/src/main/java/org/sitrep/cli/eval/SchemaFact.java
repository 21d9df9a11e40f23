package org.sitrep.cli.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.doc.Document;
import org.sitrep.doc.Fact;

/**
 * A fact of the record written in the peaceops schema (the six kinds and their slots as the set's README defines
 * them), so that it can be scored against gold. Actor and mission slots hold entity ids of the document; the scorer
 * resolves them to names.
 *
 * <p>Thread safety: immutable once built (the slots object is not shared).
 *
 * @param kind the fact kind
 * @param slots the schema's slots
 * @param evidence the evidence sentence
 * @param rule the rule that found it
 */
public record SchemaFact(String kind, ObjectNode slots, String evidence, String rule) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The schema's reading of {@code f} in {@code doc}, or empty for a fact with no counterpart among its slots. */
    public static Optional<SchemaFact> of(Fact f, Document doc) {
        ObjectNode o = MAPPER.createObjectNode();
        Map<String, String> q = f.qualifiers();
        switch (f.kind()) {
            case Fact.STRENGTH -> {
                putFigure(o, f);
                o.put("contributor", q.get("contributor"));
                o.put("as_of", f.asOf());
            }
            case Fact.TARGET -> {
                putFigure(o, f);
                o.put("holder", q.get("committedBy"));
                o.put("type", q.getOrDefault("type", q.containsKey("committedBy") ? "pledge" : "plan"));
                o.put("due", q.get("due"));
                o.put("as_of", f.asOf());
            }
            case Fact.MANDATE -> {
                o.put("mission", f.subject());
                o.put("action", f.predicate());
                o.put("decided_by", q.get("decidedBy"));
                o.put("resolution", q.get("resolution"));
                o.put("date", f.asOf());
                o.put("until", q.get("until"));
                o.put("period", q.get("period"));
                o.put("vote", q.get("vote"));
                putList(o, "abstaining", q.get("abstentions"));
                putList(o, "led_by", q.get("ledBy"));
            }
            case Fact.FUNDING -> {
                if (f.predicate().equals("funding-model")) {
                    return Optional.empty();
                }
                o.put("mission", f.subject());
                o.put("by", q.get("by"));
                putNumber(o, "amount", f.value());
                o.put("currency", currency(q.get("currency")));
                o.put("status", switch (f.predicate()) {
                    case "received" -> "provided";
                    case "funding" -> "budget";
                    default -> f.predicate();
                });
                o.put("as_of", f.asOf());
            }
            case Fact.POSITION -> {
                o.put("actor", q.get("actor"));
                o.put("alt_actor", q.get("via"));
                o.put("stance", f.value());
                o.put("proposal", q.getOrDefault("proposalName", q.get("proposal")));
                o.put("mission", f.subject());
                o.put("as_of", f.asOf());
            }
            case Fact.EVENT -> {
                o.put("type", switch (f.predicate()) {
                    case "death" -> "casualty";
                    case "deployment" -> "arrival";
                    default -> f.predicate();
                });
                putList(o, "actors", q.get("participants"));
                o.put("place", q.get("place"));
                o.put("mission", f.subject());
                o.put("date", f.asOf());
                putNumber(o, "count", q.get("count"));
            }
            default -> {
                return Optional.empty();
            }
        }
        String evidence = f.end() <= doc.text().length() ? doc.text().substring(f.start(), f.end()) : "";
        return Optional.of(new SchemaFact(f.kind(), o, evidence, f.extractor()));
    }

    /** The slots a strength and a target share: mission, value, approx, object. */
    private static void putFigure(ObjectNode o, Fact f) {
        o.put("mission", f.subject());
        putNumber(o, "value", f.value());
        o.put("approx", Boolean.parseBoolean(f.qualifiers().get("approximate")));
        o.put("object", f.qualifiers().get("object"));
    }

    private static void putNumber(ObjectNode o, String key, String value) {
        try {
            o.put(key, value == null ? null : Double.valueOf(value));
        } catch (NumberFormatException e) {
            o.putNull(key);
        }
    }

    private static void putList(ObjectNode o, String key, String commaSeparated) {
        ArrayNode a = o.putArray(key);
        if (commaSeparated != null) {
            Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(a::add);
        }
    }

    /** An ISO 4217 code for a currency as the quantity stage writes it ("$", "dollars", "EUR"). */
    static String currency(String unit) {
        if (unit == null) {
            return null;
        }
        String u = unit.strip().toLowerCase(Locale.ROOT);
        for (List<String> c : List.of(List.of("USD", "$", "dollar", "dollars", "us$"),
                List.of("EUR", "€", "euro", "euros"), List.of("GBP", "£", "pound", "pounds"))) {
            if (c.subList(1, c.size()).contains(u)) {
                return c.get(0);
            }
        }
        return unit.strip().toUpperCase(Locale.ROOT);
    }
}
