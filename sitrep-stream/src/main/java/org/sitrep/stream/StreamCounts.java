package org.sitrep.stream;

import java.util.Locale;
import java.util.Map;

/**
 * What the job has done so far: records read from Kafka, documents stored, records skipped because their document
 * was already stored (before analysis, or at the sink on a replay), records that failed (not a document, over the
 * time budget, a store error), and analyzing tasks restarted after a failure. Read from the job's accumulators; after
 * a restart, those of the tasks restarted count from their restart on.
 */
public record StreamCounts(long read, long stored, long skipped, long failed, long restartedTasks) {
    static final String READ = "sitrep-read";
    static final String STORED = "sitrep-stored";
    static final String SKIPPED = "sitrep-skipped-duplicate";
    static final String SKIPPED_AT_STORE = "sitrep-skipped-duplicate-at-store";
    static final String FAILED = "sitrep-failed";
    static final String FAILED_AT_STORE = "sitrep-failed-at-store";
    static final String RESTARTED = "sitrep-restarted-tasks";

    /** Nothing done yet. */
    public static final StreamCounts NONE = new StreamCounts(0, 0, 0, 0, 0);

    /** The counts in a job's accumulators (zero for those not reported yet). */
    public static StreamCounts of(Map<String, Object> accumulators) {
        return new StreamCounts(get(accumulators, READ), get(accumulators, STORED),
                get(accumulators, SKIPPED) + get(accumulators, SKIPPED_AT_STORE),
                get(accumulators, FAILED) + get(accumulators, FAILED_AT_STORE), get(accumulators, RESTARTED));
    }

    private static long get(Map<String, Object> accumulators, String name) {
        Object v = accumulators.get(name);
        return v instanceof Number n ? n.longValue() : 0;
    }

    /** One line: {@code read 120, stored 118, skipped as duplicate 1, failed 1} (and tasks restarted, if any). */
    public String line() {
        return String.format(Locale.ROOT, "read %,d, stored %,d, skipped as duplicate %,d, failed %,d", read, stored,
                skipped, failed) + (restartedTasks == 0 ? "" : String.format(Locale.ROOT,
                        " (%d tasks restarted from the last checkpoint)", restartedTasks));
    }
}
