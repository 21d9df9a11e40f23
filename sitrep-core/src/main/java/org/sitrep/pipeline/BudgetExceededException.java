package org.sitrep.pipeline;

import java.time.Duration;
import java.util.Locale;

/**
 * Thrown when the analysis of a document runs past its {@link Deadline}: the document is not analyzed, and the
 * caller reports it as one failed input and goes on with the others.
 */
public final class BudgetExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String stage;

    public BudgetExceededException(String stage, Duration budget) {
        super(String.format(Locale.ROOT, "analysis went over its time budget of %.1f s in stage '%s'",
                budget.toMillis() / 1000.0, stage), null, false, false);
        this.stage = stage;
    }

    /** The stage the analysis was in when its time ran out. */
    public String stage() {
        return stage;
    }
}
