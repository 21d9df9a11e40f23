package org.sitrep.report;

import java.util.List;

/** No entity in the store has the name, id or alias asked for; the message lists close matches. */
public final class UnknownSubjectException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> closeMatches;

    public UnknownSubjectException(String subject, List<String> closeMatches) {
        super("no subject named '" + subject + "' in the store"
                + (closeMatches.isEmpty() ? "; it holds no entity with a similar name"
                        : "; close matches: " + String.join(", ", closeMatches)));
        this.closeMatches = List.copyOf(closeMatches);
    }

    /** Names of entities close to the one asked for, best first. */
    public List<String> closeMatches() {
        return closeMatches;
    }
}
