package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The machine's CPU time, all processes together, from Linux's {@code /proc/stat}: what a benchmark's own process
 * counters leave out (a database server's processes, other work). Two readings give the cores the machine kept busy
 * between them.
 *
 * <p>Immutable and thread-safe. Where {@code /proc/stat} cannot be read (not Linux), {@link #read} is empty.
 */
record MachineCpu(long busyTicks, long allTicks) {
    private static final Path STAT = Path.of("/proc/stat");

    static Optional<MachineCpu> read() {
        try {
            String first = Files.readAllLines(STAT).get(0);
            String[] f = first.trim().split("\\s+");
            if (!f[0].equals("cpu") || f.length < 5) {
                return Optional.empty();
            }
            long all = 0;
            for (int i = 1; i < f.length && i <= 8; i++) { // user nice system idle iowait irq softirq steal
                all += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
            return Optional.of(new MachineCpu(all - idle, all));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The cores busy from {@code earlier} to this reading, of {@code cores}; -1 if the readings do not compare. */
    double coresBusySince(MachineCpu earlier, int cores) {
        long all = allTicks - earlier.allTicks;
        return all <= 0 ? -1 : (double) (busyTicks - earlier.busyTicks) / all * cores;
    }
}
