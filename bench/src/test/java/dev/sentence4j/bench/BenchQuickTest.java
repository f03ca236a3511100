package dev.sentence4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentence4j.bench.cli.BenchCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Runs {@code bench --quick --json} end to end (child JVMs included) on 50 sentences and checks
 * that the report has every field with a sane value. No timing is asserted: speed is what the
 * bench reports, not what a test can hold it to.
 */
class BenchQuickTest {
    private static JsonNode report;

    @BeforeAll
    static void runQuickBench() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new BenchCommand()).execute("--quick", "--json");
        } finally {
            System.setOut(saved);
        }
        assertThat(exit).isZero();
        String text = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(text.lines().count()).as("--json prints one line: %s", text).isEqualTo(1);
        report = new ObjectMapper().readTree(text);
    }

    @Test
    void environmentIsRecorded() {
        JsonNode env = report.get("environment");
        assertThat(env.get("cpuModel").asText()).isNotBlank();
        assertThat(env.get("cores").asInt()).isPositive();
        assertThat(env.get("loadAverageStart")).hasSize(3);
        assertThat(env.get("loadAverageEnd")).hasSize(3);
        assertThat(env.get("onnxRuntime").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(env.get("command").asText()).isEqualTo("sentence4j bench --quick --json");
        JsonNode corpus = report.get("corpus");
        assertThat(corpus.get("sentences").asInt()).isEqualTo(50);
        assertThat(corpus.get("meanTokens").asDouble()).isBetween(3.0, 256.0);
    }

    @Test
    void everyPipelineHasThroughputLatencyAndRss() {
        List<String> names = new ArrayList<>();
        for (JsonNode p : report.get("pipelines")) {
            names.add(p.get("pipeline").asText());
            assertThat(p.get("sentencesPerSecond").asDouble()).as(p.toString()).isPositive();
            assertThat(p.get("tokensPerSecond").asDouble()).isGreaterThan(p.get("sentencesPerSecond").asDouble());
            assertThat(p.get("latencyP50Ms").asDouble()).isPositive();
            assertThat(p.get("latencyP99Ms").asDouble()).isGreaterThanOrEqualTo(p.get("latencyP50Ms").asDouble());
            // A JVM running a transformer holds at least the weights: the int8 model is 23 MB.
            assertThat(p.get("peakRssMiB").asDouble()).isBetween(50.0, 16_384.0);
        }
        assertThat(names).containsExactly("sentence4j-fp32", "langchain4j-fp32", "sentence4j-int8", "langchain4j-int8");
    }

    @Test
    void tokenizersAgreeAndAreMeasured() {
        JsonNode t = report.get("tokenizer");
        assertThat(t.get("mismatchedLines").asInt()).isZero();
        assertThat(t.get("tokens").asLong()).isGreaterThan(50 * 3);
        for (String f : List.of("oursSingleTokensPerSecond", "hfSingleTokensPerSecond", "oursBatchedTokensPerSecond",
                "hfBatchedTokensPerSecond")) {
            assertThat(t.get(f).asDouble()).as(f).isPositive();
        }
    }

    @Test
    void scalingCoversThreadsAndBatchSizes() {
        JsonNode points = report.get("scaling").get("points");
        assertThat(points).hasSize(4);
        for (JsonNode p : points) {
            assertThat(p.get("sentencesPerSecond").asDouble()).isPositive();
        }
    }

    @Test
    void stsAndRatiosAndGoalsArePresent() {
        JsonNode sts = report.get("sts");
        assertThat(sts.get("pairs").asInt()).isEqualTo(50);
        assertThat(sts.get("fp32Spearman").asDouble()).isBetween(0.5, 1.0);
        assertThat(sts.get("int8Spearman").asDouble()).isBetween(0.5, 1.0);
        JsonNode ratios = report.get("ratios");
        for (String f : List.of("fp32Throughput", "int8Throughput", "fp32LatencyP50", "fp32PeakRss",
                "tokenizerSingleThreaded", "tokenizerBatched")) {
            assertThat(ratios.get(f).asDouble()).as(f).isPositive().isFinite();
        }
        List<String> goals = new ArrayList<>();
        report.get("goals").forEach(g -> goals.add(g.get("name").asText()));
        assertThat(goals).hasSize(6);
    }
}
