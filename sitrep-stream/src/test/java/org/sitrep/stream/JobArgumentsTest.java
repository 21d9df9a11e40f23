package org.sitrep.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobArgumentsTest {
    @Test
    void theJobJarTakesWhereToReadAndStoreAndFlinksParallelism() {
        StreamSettings s = JobArguments.parse(new String[] {"--kafka", "k:9092", "--topic", "news", "--db",
            "postgresql://sitrep@db:5432/record", "--group", "g", "--checkpoint-ms", "1000", "--bounded"}, 8);

        assertThat(s).isEqualTo(new StreamSettings("k:9092", "news", "g", "postgresql://sitrep@db:5432/record", 8,
                1000, true, null, 0));
    }

    @Test
    void aMissingOrUnknownArgumentIsNamed() {
        assertThatThrownBy(() -> JobArguments.parse(new String[] {"--kafka", "k:9092", "--db", "postgresql://x/y"}, 1))
                .hasMessage("--topic is required");
        assertThatThrownBy(() -> JobArguments.parse(new String[] {"--parallelism", "2"}, 1))
                .hasMessageStartingWith("unknown argument --parallelism");
        assertThatThrownBy(() -> JobArguments.parse(new String[] {"--checkpoint-ms", "often"}, 1))
                .hasMessageContaining("--checkpoint-ms must be a number");
    }

    @Test
    void theFailureHookIsNeverSetFromTheCommandLine() {
        StreamSettings s = JobArguments.parse(new String[] {"--kafka", "k", "--topic", "t", "--db", "d"}, 1);

        assertThat(s.failOnceAfter()).isZero();
        assertThat(s.bounded()).isFalse();
        assertThat(s.group()).isEqualTo(StreamSettings.DEFAULT_GROUP);
    }
}
