package org.sitrep.read;

import java.util.List;
import org.sitrep.doc.Document;

/**
 * What reading some inputs gave: the documents, in input order, and the problems met on the way.
 *
 * <p>Thread safety: an immutable record (the lists are copied).
 *
 * @param documents the documents read
 * @param diagnostics one line per problem, in the order met
 */
public record ReadResult(List<Document> documents, List<Diagnostic> diagnostics) {

    public ReadResult {
        documents = List.copyOf(documents);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether any input, or any line of one, could not be read. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
