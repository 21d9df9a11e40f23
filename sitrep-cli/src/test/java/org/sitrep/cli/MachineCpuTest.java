package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class MachineCpuTest {
    @Test
    void coresBusyAreTheBusyShareOfTheTicksBetweenTwoReadingsTimesTheCores() {
        MachineCpu earlier = new MachineCpu(100, 300);
        MachineCpu later = new MachineCpu(175, 400);

        assertThat(later.coresBusySince(earlier, 2)).isEqualTo(1.5);
        assertThat(earlier.coresBusySince(earlier, 2)).isEqualTo(-1);
    }

    @Test
    void readsTheMachinesTicksOnLinux() {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/stat")), "no /proc/stat here (not Linux), skipping");
        MachineCpu now = MachineCpu.read().orElseThrow();
        assertThat(now.allTicks()).isPositive();
        assertThat(now.busyTicks()).isBetween(0L, now.allTicks());
    }
}
