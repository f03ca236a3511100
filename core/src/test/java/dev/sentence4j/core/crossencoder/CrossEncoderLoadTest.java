package dev.sentence4j.core.crossencoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sentence4j.common.error.UsageException;
import dev.sentence4j.core.EmbeddedModels;
import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.config.ModelKind;
import dev.sentence4j.core.testing.CrossEncoderTestModel;
import dev.sentence4j.core.testing.CrossEncoderTestModel.Spec;
import dev.sentence4j.core.testing.EncoderGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What config.json says, what older ST versions saved, and broken directories, each named by file and field. */
class CrossEncoderLoadTest {
    @TempDir
    Path tmp;
    private int models;

    /** The reranker test model with its config.json changed by {@code edit}. */
    private Path reranker(Consumer<ObjectNode> edit) {
        Path dir = CrossEncoderTestModel.write(tmp.resolve("m" + models++), Spec.reranker());
        ObjectNode config = CrossEncoderTestModel.config(Spec.reranker());
        edit.accept(config);
        EncoderGraph.writeJson(dir.resolve("config.json"), config);
        return dir;
    }

    @Test
    void aHubShapedCrossEncoderLoadsWithStsDefaults() {
        // as cross-encoder/ms-marco-MiniLM-L6-v2 was saved before ST v4: architectures and id2label, no activation
        Path dir = reranker(c -> c.remove("sentence_transformers"));
        assertThat(ModelKind.of(dir)).isEqualTo(ModelKind.CROSS_ENCODER);
        try (CrossEncoder ce = CrossEncoder.load(dir.toString())) {
            assertThat(ce.info().activation()).isEqualTo("Sigmoid");
            assertThat(ce.info().labels()).containsExactly("LABEL_0");
            assertThat(ce.info().name()).isEqualTo(dir.toString());
        }
    }

    @Test
    void theOlderActivationFieldIsRead() {
        Path dir = reranker(c -> {
            c.remove("sentence_transformers");
            c.put("sbert_ce_default_activation_function", "torch.nn.modules.linear.Identity");
        });
        try (CrossEncoder ce = CrossEncoder.load(dir)) {
            assertThat(ce.info().activation()).isEqualTo("Identity");
            List<TextPair> pair = List.of(TextPair.of("a", "b"));
            assertThat(ce.predict(pair).values()).containsExactly(
                    ce.predict(pair, PredictOptions.defaults().withApplyActivation(false)).values());
        }
    }

    @Test
    void labelsComeFromNumLabelsOrTheGraphWhenIdToLabelIsMissing() {
        Path dir = reranker(c -> {
            c.remove("id2label");
            c.remove("label2id");
            c.put("num_labels", 1);
        });
        try (CrossEncoder ce = CrossEncoder.load(dir)) {
            assertThat(ce.info().labels()).containsExactly("LABEL_0");
        }
        Path bare = reranker(c -> {
            c.remove("id2label");
            c.remove("label2id");
        });
        try (CrossEncoder ce = CrossEncoder.load(bare)) {
            assertThat(ce.info().numLabels()).isEqualTo(1);
        }
    }

    @Test
    void maxLengthIsCappedAtMaxPositionEmbeddings() throws IOException {
        Path dir = CrossEncoderTestModel.write(tmp.resolve("m"), Spec.reranker().withMaxLength(100_000));
        try (CrossEncoder ce = CrossEncoder.load(dir)) {
            assertThat(ce.info().maxLength()).isEqualTo(512);
        }
        Files.delete(dir.resolve("tokenizer_config.json"));
        try (CrossEncoder ce = CrossEncoder.load(dir)) {
            assertThat(ce.info().maxLength()).isEqualTo(512);
        }
    }

    @Test
    void unsupportedActivationNamesFileFieldAndValue() {
        Path dir = reranker(c -> ((ObjectNode) c.get("sentence_transformers"))
                .put("activation_fn", "torch.nn.modules.activation.LogSoftmax"));
        assertThatThrownBy(() -> CrossEncoder.load(dir)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(dir.resolve("config.json").toString())
                .hasMessageContaining("field \"sentence_transformers.activation_fn\"")
                .hasMessageContaining("\"torch.nn.modules.activation.LogSoftmax\" is not supported")
                .hasMessageContaining("torch.nn.modules.activation.Sigmoid");
        Path old = reranker(c -> {
            c.remove("sentence_transformers");
            c.put("sbert_ce_default_activation_function", "my_package.MyActivation");
        });
        assertThatThrownBy(() -> CrossEncoder.load(old)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("field \"sbert_ce_default_activation_function\"")
                .hasMessageContaining("my_package.MyActivation");
    }

    @Test
    void labelsThatDisagreeWithTheGraphNameTheFieldAndBothWidths() {
        Path dir = reranker(c -> c.putObject("id2label").put("0", "no").put("1", "yes"));
        assertThatThrownBy(() -> CrossEncoder.load(dir)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(dir.resolve("config.json").toString())
                .hasMessageContaining("field \"id2label\": 2 labels, but the graph's logits output has width 1")
                .hasMessageContaining("model.onnx");
        Path numLabels = reranker(c -> {
            c.remove("id2label");
            c.put("num_labels", 3);
        });
        assertThatThrownBy(() -> CrossEncoder.load(numLabels)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("field \"num_labels\": 3 labels, but the graph's logits output has width 1");
        Path gap = reranker(c -> c.putObject("id2label").put("1", "yes"));
        assertThatThrownBy(() -> CrossEncoder.load(gap)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("field \"id2label\": expected the keys 0 to 0, found [1]");
    }

    @Test
    void maxLengthBeyondThePositionsNamesItsFile() throws IOException {
        Path dir = reranker(c -> c.remove("max_position_embeddings"));
        Files.writeString(dir.resolve("tokenizer_config.json"), "{\"model_max_length\": 1024}");
        assertThatThrownBy(() -> CrossEncoder.load(dir)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(dir.resolve("tokenizer_config.json").toString())
                .hasMessageContaining("field \"model_max_length\": 1024 is more than the model's 512 positions");
    }

    @Test
    void missingFilesAreNamed() throws IOException {
        Path dir = CrossEncoderTestModel.write(tmp.resolve("m"), Spec.reranker());
        Files.delete(dir.resolve("tokenizer.json"));
        assertThatThrownBy(() -> CrossEncoder.load(dir)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(dir.resolve("tokenizer.json") + ": file not found (nor vocab.txt)");

        Path noGraph = CrossEncoderTestModel.write(tmp.resolve("g"), Spec.reranker());
        Files.delete(noGraph.resolve("onnx/model.onnx"));
        assertThatThrownBy(() -> CrossEncoder.load(noGraph)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(noGraph.resolve("onnx/model.onnx") + ": file not found (nor model.onnx)");

        Path noConfig = CrossEncoderTestModel.write(tmp.resolve("c"), Spec.reranker());
        Files.delete(noConfig.resolve("config.json"));
        assertThatThrownBy(() -> CrossEncoder.load(noConfig)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(noConfig.resolve("config.json") + ": file not found")
                .hasMessageContaining("\"id2label\" or \"num_labels\"");

        assertThatThrownBy(() -> CrossEncoder.load(tmp.resolve("nothing-here"))).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("nothing-here: not a directory");
    }

    @Test
    void aModelOfAnotherKindSaysWhatItIsAndWhatOpensIt() {
        Path miniLm = EmbeddedModels.materialize(EmbeddedModels.DEFAULT_MODEL);
        assertThatThrownBy(() -> CrossEncoder.load(miniLm)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(miniLm.toString())
                .hasMessageContaining("holds an embedding model, not a cross-encoder model: open it with SentenceEncoder");
        assertThatThrownBy(() -> CrossEncoder.load(EmbeddedModels.DEFAULT_MODEL)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("holds an embedding model");

        Path cross = CrossEncoderTestModel.write(tmp.resolve("m"), Spec.reranker());
        assertThatThrownBy(() -> SentenceEncoder.load(cross)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(cross.toString())
                .hasMessageContaining("holds a cross-encoder model, not an embedding model: open it with CrossEncoder (CLI: rerank)");
    }

    @Test
    void rankNeedsOneLabel() {
        try (CrossEncoder classifier = CrossEncoder.load(CrossEncoderTestModel.write(tmp.resolve("c"), Spec.classifier()))) {
            assertThatThrownBy(() -> classifier.rank("q", List.of("a", "b"), 0, false)).isInstanceOf(UsageException.class)
                    .hasMessageContaining("ranking needs a model with one label")
                    .hasMessageContaining("has 3 labels [contradiction, entailment, neutral]")
                    .hasMessageContaining("predict");
        }
    }

    @Test
    void nullInputsAreNamed() {
        try (CrossEncoder ce = CrossEncoder.load(CrossEncoderTestModel.write(tmp.resolve("m"), Spec.reranker()))) {
            assertThatThrownBy(() -> ce.predict(java.util.Arrays.asList(TextPair.of("a", "b"), null)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("pairs[1] is null");
            assertThatThrownBy(() -> ce.rank("q", java.util.Arrays.asList("a", null), 0, false))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("documents[1] is null");
            assertThatThrownBy(() -> new TextPair(null, "b")).isInstanceOf(NullPointerException.class);
        }
    }
}
