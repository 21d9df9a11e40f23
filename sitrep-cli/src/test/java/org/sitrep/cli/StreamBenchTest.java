package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep bench --stream} starts its own Kafka broker, PostgreSQL server and Flink mini cluster, and prints the
 * rates at parallelism 1 and 2, their ratio, the two stores' ingest rates and the cost per million documents.
 * Correctness only: the figures of a handful of documents mean nothing, so only their presence and sign are checked.
 */
class StreamBenchTest {
    @TempDir
    Path dir;

    @Test
    void benchStreamRunsTheJobAtParallelismOneAndTwoAndPrintsTheRatesAndTheCostInJson() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("news"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(folder.resolve(String.format("%02d.txt", i)), "Kenya sends more police to Haiti, part "
                    + i + "\nAbout " + (100 + i) + " more Kenyan police officers arrived in Haiti on Saturday,"
                    + " officials said.\n");
        }

        Cli.Run run = Cli.sitrep("bench", "--stream", "--data", folder.toString(), "--rounds", "1", "--format",
                "json");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("published 6 articles (6 distinct)")
                .contains("round 1, parallelism 2: read 6, stored 6, skipped as duplicate 0, failed 0")
                .contains("round 1, ingest into PostgreSQL");
        JsonNode o = new ObjectMapper().readTree(run.out());
        assertThat(o.get("documents").asInt()).isEqualTo(6);
        assertThat(o.get("parallelism_1").get("docs_per_s").asDouble()).isPositive();
        assertThat(o.get("parallelism_2").get("docs_per_s").asDouble()).isPositive();
        assertThat(o.get("ratio").asDouble()).isPositive();
        assertThat(o.get("ratio_with_start_up").asDouble()).isPositive();
        assertThat(o.get("parallelism_2").get("docs_per_s_with_start_up").asDouble()).isPositive();
        assertThat(o.get("ingest_docs_per_s").get("sqlite").asDouble()).isPositive();
        assertThat(o.get("ingest_docs_per_s").get("postgresql").asDouble()).isPositive();
        assertThat(o.get("ms_per_document_one_thread").get("stages").asDouble()).isPositive();
        assertThat(o.get("cpu_hours_per_million").asDouble()).isPositive();
        assertThat(o.get("cores_to_keep_up").get("gdelt_700k_a_day").asDouble())
                .isGreaterThan(o.get("cores_to_keep_up").get("emm_300k_a_day").asDouble());
    }

    @Test
    void benchWithoutDataOutsideStreamIsAUsageError() {
        Cli.Run run = Cli.sitrep("bench");
        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("--data DIR is needed");
    }
}
