package org.sitrep.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.sitrep.doc.DateInput;
import org.sitrep.doc.Document;
import org.sitrep.pipeline.BudgetExceededException;
import org.sitrep.read.Diagnostic;
import org.sitrep.read.DocumentReader;
import org.sitrep.read.ReadResult;
import org.sitrep.store.PutResult;
import org.sitrep.store.Store;

/**
 * Turns a posted body into analyzed, stored documents: the body is read by {@link DocumentReader} by its content
 * type (a JSON object or array of {@code {url, title?, text|html, published?}} objects, JSON Lines of them, plain
 * text or HTML), each document is run through the pipeline and put in the store.
 *
 * <p>Thread safety: as thread-safe as the pipeline and the store, which are.
 *
 * <p>Failure: a body that cannot be read at all is a 400, an unknown content type a 415; a document the pipeline
 * fails on is reported as an error diagnostic and the others are still stored. A document whose analysis goes over
 * the pipeline's time budget, runs out of memory or overflows the stack is such an error too, and when nothing of the
 * request could be stored for that reason the answer is a 422 naming it; the thread goes back to serving others.
 */
final class Ingest {
    private static final System.Logger LOG = System.getLogger(Ingest.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    private final Function<Document, Document> pipeline;
    private final long maxBytes;

    Ingest(Store store, Function<Document, Document> pipeline, long maxBytes) {
        this.store = store;
        this.pipeline = pipeline;
        this.maxBytes = maxBytes;
    }

    ApiViews.IngestView ingest(String contentType, byte[] body, String published) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        String name;
        byte[] bytes = body;
        switch (type) {
            case "application/json" -> {
                name = "request.jsonl";
                bytes = asJsonLines(body);
            }
            case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines" ->
                name = "request.jsonl";
            case "text/plain" -> name = "request.txt";
            case "text/html" -> name = "request.html";
            default -> throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
                    "content type '" + type + "' cannot be ingested; send application/json (a document or an array),"
                            + " application/x-ndjson (JSON Lines), text/plain or text/html");
        }
        DocumentReader.Builder reader = DocumentReader.builder().maxInputBytes(maxBytes);
        if (published != null) {
            try {
                reader.published(DateInput.expect("parameter 'published'", published));
            } catch (IllegalArgumentException e) {
                throw new BadRequestResponse(e.getMessage());
            }
        }
        ReadResult read = reader.build().read(name, bytes);
        List<ApiViews.DiagnosticView> diagnostics = new ArrayList<>();
        for (Diagnostic d : read.diagnostics()) {
            diagnostics.add(new ApiViews.DiagnosticView(d.input(), d.severity().name().toLowerCase(Locale.ROOT),
                    d.message()));
        }
        List<ApiViews.IngestedView> stored = new ArrayList<>();
        String unprocessable = null;
        for (Document doc : read.documents()) {
            Document analyzed;
            try {
                analyzed = pipeline.apply(doc);
            } catch (BudgetExceededException e) {
                unprocessable = e.getMessage();
                diagnostics.add(new ApiViews.DiagnosticView(doc.source(), "error", unprocessable));
                continue;
            } catch (OutOfMemoryError | StackOverflowError e) {
                // the last line of defence: what the analysis held is garbage now, and the server goes on
                unprocessable = e instanceof OutOfMemoryError ? "analysis ran out of memory"
                        : "analysis failed: the document is nested too deeply (stack overflow)";
                diagnostics.add(new ApiViews.DiagnosticView(doc.source(), "error", unprocessable));
                continue;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "analysis of " + doc.source() + " failed", e);
                diagnostics.add(new ApiViews.DiagnosticView(doc.source(), "error",
                        "analysis failed: " + e.getClass().getSimpleName()));
                continue;
            }
            PutResult put = store.put(analyzed);
            stored.add(new ApiViews.IngestedView(put.documentId(), analyzed.source(),
                    analyzed.findTitle().orElse(null), put.added(), "/documents/" + put.documentId()));
        }
        if (stored.isEmpty() && unprocessable != null) {
            throw new HttpResponseException(HttpStatus.UNPROCESSABLE_CONTENT.getCode(),
                    "nothing could be ingested: " + unprocessable);
        }
        if (stored.isEmpty() && diagnostics.stream().anyMatch(d -> d.severity().equals("error"))) {
            throw new BadRequestResponse("nothing could be ingested: " + diagnostics.get(0).input() + ": "
                    + diagnostics.get(0).message());
        }
        return new ApiViews.IngestView(stored, diagnostics);
    }

    /** A JSON object becomes one JSON line, an array one line per element. */
    private static byte[] asJsonLines(byte[] body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new BadRequestResponse("the body is not valid JSON: " + firstLine(e));
        }
        if (node == null || !(node.isObject() || node.isArray())) {
            throw new BadRequestResponse("the body must be a JSON object or an array of objects");
        }
        StringBuilder sb = new StringBuilder();
        for (JsonNode n : node.isArray() ? node : List.of(node)) {
            sb.append(n.toString()).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String firstLine(java.io.IOException e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
