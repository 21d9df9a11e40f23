package org.sitrep.report;

import java.util.List;

/**
 * No single entity in the store is the subject asked for: none has the name, id or alias (the message lists close
 * matches), or the name is ambiguous, a title or a surname shared by several (the message lists the candidates with
 * their types and document counts, {@link #isAmbiguous()}).
 */
public final class UnknownSubjectException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> closeMatches;
    private final boolean ambiguous;

    public UnknownSubjectException(String subject, List<String> closeMatches) {
        this("no subject named '" + subject + "' in the store"
                + (closeMatches.isEmpty() ? "; it holds no entity with a similar name"
                        : "; close matches: " + String.join(", ", closeMatches)), closeMatches, false);
    }

    private UnknownSubjectException(String message, List<String> candidates, boolean ambiguous) {
        super(message);
        this.closeMatches = List.copyOf(candidates);
        this.ambiguous = ambiguous;
    }

    /**
     * {@code subject} names several entities.
     *
     * @param why what the name is ("names several people", "is a title, not a name")
     * @param candidates each as "Name (id, type, N documents)"
     */
    static UnknownSubjectException ambiguous(String subject, String why, List<String> candidates) {
        return new UnknownSubjectException("'" + subject + "' " + why + ": " + String.join("; ", candidates),
                candidates, true);
    }

    /** Names of entities close to the one asked for, or the candidates an ambiguous name stands for, best first. */
    public List<String> closeMatches() {
        return closeMatches;
    }

    /** Whether the name stands for several subjects rather than none. */
    public boolean isAmbiguous() {
        return ambiguous;
    }
}
