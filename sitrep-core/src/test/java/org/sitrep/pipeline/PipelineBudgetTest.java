package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layer;

class PipelineBudgetTest {

    /** A stage whose loop, on a text that says "spin", checks the deadline and would otherwise run for a minute. */
    static final class Spinner implements Annotator {
        @Override
        public String name() {
            return "spinner";
        }

        @Override
        public Set<Layer<?>> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer<?>> produces() {
            return Set.of();
        }

        @Override
        public Document annotate(Document doc) {
            if (!doc.text().contains("spin")) {
                return doc;
            }
            org.sitrep.testing.DeadlineSpin.forAMinute();
            return doc;
        }
    }

    /** A stage that warns once, counts its warm-ups and keeps its thread busy for as much CPU time as it is told. */
    static final class Sleeper implements Annotator {
        final AtomicInteger warmUps = new AtomicInteger();
        final long millis;

        Sleeper(long millis) {
            this.millis = millis;
        }

        @Override
        public String name() {
            return "sleeper";
        }

        @Override
        public Set<Layer<?>> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer<?>> produces() {
            return Set.of();
        }

        @Override
        public void warmUp() {
            warmUps.incrementAndGet();
        }

        @Override
        public Document annotate(Document doc) {
            Pipeline.warn("slept " + millis + " ms");
            // busy for that much of this thread's CPU time, as analysis is: the budget counts CPU time
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long end = threads.getCurrentThreadCpuTime() + millis * 1_000_000L;
            while (threads.getCurrentThreadCpuTime() < end) {
                Thread.onSpinWait();
            }
            return doc;
        }
    }

    @Test
    void aStageThatChecksTheDeadlineStopsAtItAndIsNamed() {
        Pipeline p = Pipeline.builder().add(new Sleeper(0)).add(new Spinner())
                .budget(new Budget(Duration.ofMillis(20))).build();
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> p.process(Document.builder("Text to spin on.").source("a.txt").build()))
                .isInstanceOf(BudgetExceededException.class)
                .hasMessageContaining("'spinner'")
                .hasMessageContaining("0.2 s")
                .extracting(e -> ((BudgetExceededException) e).stage()).isEqualTo("spinner");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aStageThatOverrunsWithoutCheckingFailsTheDocumentWhenItEnds() {
        Pipeline p = Pipeline.builder().add(new Sleeper(500)).add(new Sleeper(0))
                .budget(new Budget(Duration.ofMillis(20))).build();
        assertThatThrownBy(() -> p.process(Document.builder("One short text.").source("a.txt").build()))
                .isInstanceOf(BudgetExceededException.class)
                .hasMessageContaining("'sleeper'");
    }

    @Test
    void theBudgetGrowsWithTheTextAndALongerTextGetsMoreTime() {
        Budget b = new Budget(Duration.ofSeconds(3));
        assertThat(b.allowedFor(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(b.allowedFor(99_999)).isEqualTo(Duration.ofSeconds(57));
        assertThat(b.allowedFor(9_000_000)).isEqualTo(Duration.ofSeconds(2_730));
    }

    @Test
    void aBudgetIsParsedFromSecondsAndABadOneIsNamed() {
        assertThat(Budget.parse("0.5").perTenThousandChars()).isEqualTo(Duration.ofMillis(500));
        assertThat(Budget.parse("3").seconds()).isEqualTo("3");
        assertThatThrownBy(() -> Budget.parse("fast")).hasMessageContaining("'fast'");
        assertThatThrownBy(() -> Budget.parse("0")).hasMessageContaining("'0'");
        assertThatThrownBy(() -> Budget.parse("-1")).hasMessageContaining("'-1'");
    }

    @Test
    void stagesWarmUpOnceAndWarningsReachTheListenerWithTheStageAndDocument() {
        Sleeper sleeper = new Sleeper(0);
        List<String> heard = new ArrayList<>();
        Pipeline p = Pipeline.builder().add(sleeper).listener(new PipelineListener() {
            @Override
            public void warning(Annotator stage, Document doc, String message) {
                heard.add(stage.name() + " " + doc.source() + " " + message);
            }
        }).build();
        p.process(Document.builder("One.").source("a.txt").build());
        p.process(Document.builder("Two.").source("b.txt").build());
        assertThat(sleeper.warmUps).hasValue(1);
        assertThat(heard).containsExactly("sleeper a.txt slept 0 ms", "sleeper b.txt slept 0 ms");
    }

    @Test
    void outsideAPipelineThereIsNoDeadlineToPass() {
        Deadline.checkCurrent();
        Pipeline.warn("nobody hears this");
        assertThat(Deadline.NEVER.hasPassed()).isFalse();
    }
}
