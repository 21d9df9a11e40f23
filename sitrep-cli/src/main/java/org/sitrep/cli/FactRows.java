package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.sitrep.doc.Fact;
import org.sitrep.store.StoredFact;

/** Prints stored facts with their provenance: readable lines, JSON Lines, or CSV. */
final class FactRows {
    enum Format { text, jsonl, csv }

    static final String CSV_HEADER = "kind,subject,predicate,value,as_of,qualifiers,confidence,extractor,document_id,"
            + "source,published,start,end,evidence";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FactRows() {
    }

    static void print(List<StoredFact> facts, Format format, PrintWriter out) {
        if (format == Format.csv) {
            out.println(CSV_HEADER);
        }
        printRows(facts, format, out);
    }

    static void printRows(List<StoredFact> facts, Format format, PrintWriter out) {
        for (StoredFact sf : facts) {
            Fact f = sf.fact();
            switch (format) {
                case text -> {
                    out.println((f.asOf() == null ? "undated   " : String.format("%-10s", f.asOf())) + "  " + f.kind()
                            + ": " + f.subject() + " " + f.predicate() + " " + f.value()
                            + (f.qualifiers().isEmpty() ? "" : " " + f.qualifiers()));
                    out.println("            \"" + TextSummary.abbreviate(sf.provenance().evidence(), 200) + "\"");
                    out.println("            -- " + sf.provenance().source());
                }
                case jsonl -> out.println(json(sf).toString());
                case csv -> out.println(String.join(",", csv(f.kind()), csv(f.subject()), csv(f.predicate()),
                        csv(f.value()), csv(f.asOf()), csv(qualifiers(f.qualifiers())), csv(String.valueOf(f.confidence())),
                        csv(f.extractor()), csv(sf.provenance().documentId()), csv(sf.provenance().source()),
                        csv(sf.provenance().published().value()), String.valueOf(f.start()), String.valueOf(f.end()),
                        csv(sf.provenance().evidence())));
            }
        }
    }

    static ObjectNode json(StoredFact sf) {
        Fact f = sf.fact();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("kind", f.kind());
        n.put("subject", f.subject());
        n.put("predicate", f.predicate());
        n.put("value", f.value());
        n.put("asOf", f.asOf());
        ObjectNode q = n.putObject("qualifiers");
        f.qualifiers().forEach(q::put);
        n.put("confidence", f.confidence());
        n.put("extractor", f.extractor());
        ObjectNode p = n.putObject("provenance");
        p.put("documentId", sf.provenance().documentId());
        p.put("source", sf.provenance().source());
        p.put("title", sf.provenance().title());
        p.put("published", sf.provenance().published().value());
        p.put("start", f.start());
        p.put("end", f.end());
        p.put("evidence", sf.provenance().evidence());
        return n;
    }

    private static String qualifiers(Map<String, String> q) {
        StringBuilder sb = new StringBuilder();
        q.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ";").append(k).append('=').append(v));
        return sb.toString();
    }

    /** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; null is empty. */
    static String csv(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
