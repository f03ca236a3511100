package dev.sentence4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelsAndSearchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void modelsListsTheEmbeddedModelsWithTheirPublishedConfigs() throws Exception {
        CliRun run = CliRun.of("models", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> models = run.out().lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertThat(models).extracting(m -> m.get("name").asText())
            .contains("all-MiniLM-L6-v2", "all-MiniLM-L6-v2-q", "bge-small-en-v1.5", "bge-small-en-v1.5-q", "e5-small-v2",
                "e5-small-v2-q");
        JsonNode minilm = models.stream().filter(m -> m.get("name").asText().equals("all-MiniLM-L6-v2")).findFirst().orElseThrow();
        // sentence-transformers/all-MiniLM-L6-v2: 384 dims, mean pooling, max_seq_length 256, Normalize.
        assertThat(minilm.get("dimension").asInt()).isEqualTo(384);
        assertThat(minilm.get("pooling").get(0).asText()).isEqualTo("mean");
        assertThat(minilm.get("max_seq_length").asInt()).isEqualTo(256);
        assertThat(minilm.get("normalize").asBoolean()).isTrue();
        assertThat(minilm.get("default").asBoolean()).isTrue();
        JsonNode bge = models.stream().filter(m -> m.get("name").asText().equals("bge-small-en-v1.5-q")).findFirst().orElseThrow();
        assertThat(bge.get("dimension").asInt()).isEqualTo(384);
        if (bge.has("downloaded")) {
            // Its fp32 carrier is not on disk yet: listing must not fetch 133 MB.
            assertThat(bge.get("downloaded").asBoolean()).isFalse();
        } else {
            assertThat(bge.get("pooling").get(0).asText()).isEqualTo("cls");
        }
    }

    @Test
    void searchFindsTheParaphraseFirst(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus.txt");
        Files.writeString(corpus, String.join("\n", SimilarityCommandTest.OTHERS) + "\n\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("search", "--json", "--corpus", corpus.toString(), "--top-k", "2", SimilarityCommandTest.QUERY);
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode hits = JSON.readTree(run.out()).get("hits");
        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(hits.get(0).get("text").asText()).startsWith("The person box");
        assertThat(hits.get(0).get("score").asDouble()).isGreaterThan(hits.get(1).get("score").asDouble());
    }

    @Test
    void infoDescribesTheOnnxGraph() throws Exception {
        CliRun run = CliRun.of("info", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode info = JSON.readTree(run.out());
        assertThat(info.get("dimension").asInt()).isEqualTo(384);
        assertThat(info.get("vocab_size").asInt()).isEqualTo(30522);
        assertThat(info.get("onnx_inputs").toString()).contains("input_ids", "attention_mask");
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : List.of("similarity", "encode", "search", "evaluate-sts", "tokenize", "models", "info", "download", "serve")) {
            CliRun run = CliRun.of(cmd, "--help");
            assertThat(run.exitCode()).as(cmd).isZero();
            assertThat(run.out()).as(cmd).contains("Usage:", "sentence4j " + cmd);
        }
    }
}
