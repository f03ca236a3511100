package dev.sentence4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentence4j.core.testing.CrossEncoderTestModel;
import dev.sentence4j.core.testing.SpladeTestModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code info} and {@code models} say what kind a model is, read from its directory (the test
 * models of core/testing have the files ST v5 saves for each kind), and describe it by its kind.
 */
class ModelKindCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode info(String model) throws Exception {
        CliRun run = CliRun.of("info", "--json", "--model", model);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void infoOfAnEmbeddingModel() throws Exception {
        JsonNode i = info("all-MiniLM-L6-v2");
        assertThat(i.get("kind").asText()).isEqualTo("embedding");
        assertThat(i.get("dimension").asInt()).isEqualTo(384);
    }

    @Test
    void infoOfACrossEncoderShowsLabelsAndActivation(@TempDir Path dir) throws Exception {
        Path model = CrossEncoderTestModel.write(dir.resolve("c"), CrossEncoderTestModel.Spec.classifier());
        JsonNode i = info(model.toString());
        assertThat(i.get("kind").asText()).isEqualTo("cross-encoder");
        assertThat(i.get("num_labels").asInt()).isEqualTo(3);
        assertThat(i.get("labels").toString()).isEqualTo("[\"contradiction\",\"entailment\",\"neutral\"]");
        assertThat(i.get("activation").asText()).isEqualTo("Identity");
        assertThat(i.get("max_length").asInt()).isEqualTo(512);
        CliRun text = CliRun.of("info", "--model", model.toString());
        assertThat(text.out()).containsPattern("kind +cross-encoder");
    }

    @Test
    void infoOfASparseModelShowsItsVocabularyWidthAndPooling() throws Exception {
        JsonNode i = info(SpladeTestModel.shared().toString());
        assertThat(i.get("kind").asText()).isEqualTo("sparse");
        assertThat(i.get("dimension").asInt()).isEqualTo(SpladeTestModel.VOCAB);
        assertThat(i.get("pooling").asText()).isEqualTo("max");
        assertThat(i.get("onnx_inputs").toString()).contains("input_ids");
    }

    @Test
    void modelsListsTheKind() throws Exception {
        CliRun run = CliRun.of("models", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String line : run.out().lines().toList()) {
            JsonNode m = JSON.readTree(line);
            if (!m.has("cached")) {
                assertThat(m.get("kind").asText()).as(line).isEqualTo("embedding");
            }
        }
        CliRun table = CliRun.of("models");
        assertThat(table.out()).contains("Kind").containsPattern("all-MiniLM-L6-v2 \\(default\\) +embedding");
    }
}
