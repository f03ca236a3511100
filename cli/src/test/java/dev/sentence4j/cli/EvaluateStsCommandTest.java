package dev.sentence4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class EvaluateStsCommandTest {
    @Test
    void stsbTestSplitMatchesThePublishedSpearman() throws Exception {
        // all-MiniLM-L6-v2 on the STS Benchmark test split: cosine Spearman 82.0325 (its MTEB model card).
        // The copy committed with its license in core's test resources (tests run in the module directory).
        Path file = Paths.get("../core/src/test/resources/sts/stsb-test.tsv");
        assertThat(file).as("STS-B fixture").exists();
        CliRun run = CliRun.of("evaluate-sts", "--json", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(run.out());
        assertThat(r.get("pairs").asInt()).isEqualTo(1379);
        assertThat(r.get("spearman").asDouble()).isCloseTo(0.8203, within(0.0005));
        assertThat(r.get("pearson").asDouble()).isBetween(0.8, 0.9);
    }

    @Test
    void missingFileIsNamed() {
        CliRun run = CliRun.of("evaluate-sts", "nope.tsv");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("nope.tsv");
    }
}
