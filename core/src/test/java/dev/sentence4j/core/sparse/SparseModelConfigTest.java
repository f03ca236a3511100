package dev.sentence4j.core.sparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.core.config.SparseModelDirectory;
import dev.sentence4j.core.testing.SpladeTestModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken sparse model directories: each error names the file, the field, what was expected and what was found. */
class SparseModelConfigTest {
    @TempDir
    Path tmp;

    private Path copy() {
        return SpladeTestModel.linkedCopy(SpladeTestModel.shared(), tmp.resolve("model"));
    }

    private static void poolingConfig(Path dir, String json) throws Exception {
        Files.writeString(dir.resolve("1_SpladePooling/config.json"), json);
    }

    @Test
    void unknownPoolingStrategy() throws Exception {
        Path dir = copy();
        poolingConfig(dir, "{\"pooling_strategy\": \"mean\", \"activation_function\": \"relu\"}");
        assertThatThrownBy(() -> SparseEncoder.load(dir)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(dir.resolve("1_SpladePooling/config.json").toString())
                .hasMessageContaining("field \"pooling_strategy\": expected one of max, sum, found \"mean\"");
    }

    @Test
    void unknownActivation() throws Exception {
        Path dir = copy();
        poolingConfig(dir, "{\"pooling_strategy\": \"max\", \"activation_function\": \"gelu\"}");
        assertThatThrownBy(() -> SparseModelDirectory.open(dir, null)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(dir.resolve("1_SpladePooling/config.json").toString())
                .hasMessageContaining("field \"activation_function\": expected one of relu, log1p_relu, found \"gelu\"");
    }

    @Test
    void wordEmbeddingDimensionOtherThanTheGraphsVocabulary() throws Exception {
        Path dir = copy();
        poolingConfig(dir, "{\"pooling_strategy\": \"max\", \"activation_function\": \"relu\", \"word_embedding_dimension\": 30000}");
        assertThatThrownBy(() -> SparseEncoder.load(dir)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(dir.resolve("1_SpladePooling/config.json").toString())
                .hasMessageContaining("field \"word_embedding_dimension\": 30000 differs from the width of the graph's "
                        + "\"logits\" output, 30522");
    }

    @Test
    void wordEmbeddingDimensionOfTheWrongType() throws Exception {
        Path dir = copy();
        poolingConfig(dir, "{\"pooling_strategy\": \"max\", \"word_embedding_dimension\": \"big\"}");
        assertThatThrownBy(() -> SparseModelDirectory.open(dir, null)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("field \"word_embedding_dimension\": expected an integer, found \"big\"");
    }

    @Test
    void absentKeysTakeSentenceTransformersDefaults() throws Exception {
        Path dir = copy();
        poolingConfig(dir, "{}");
        try (SparseEncoder e = SparseEncoder.load(dir)) {
            assertThat(e.info().pooling()).isEqualTo("max");
            assertThat(e.info().activation()).isEqualTo("relu");
            assertThat(e.info().dimension()).isEqualTo(SpladeTestModel.VOCAB); // from the graph's output
        }
    }

    @Test
    void missingPoolingConfig() throws Exception {
        Path dir = copy();
        Files.delete(dir.resolve("1_SpladePooling/config.json"));
        assertThatThrownBy(() -> SparseEncoder.load(dir)).isInstanceOf(ModelLoadException.class)
                .hasMessage(dir.resolve("1_SpladePooling/config.json") + ": file not found");
    }

    @Test
    void unsupportedSparseModule() throws Exception {
        Path dir = copy();
        Files.writeString(dir.resolve("modules.json"), """
                [{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.sparse_encoder.models.MLMTransformer"},
                 {"idx": 1, "name": "1", "path": "1_SpladePooling", "type": "sentence_transformers.sparse_encoder.models.SpladePooling"},
                 {"idx": 2, "name": "2", "path": "2_SparseAutoEncoder", "type": "sentence_transformers.sparse_encoder.models.SparseAutoEncoder"}]
                """);
        assertThatThrownBy(() -> SparseEncoder.load(dir)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(dir.resolve("modules.json").toString())
                .hasMessageContaining("modules[2] (\"sentence_transformers.sparse_encoder.models.SparseAutoEncoder\")")
                .hasMessageContaining("supported: sentence_transformers.sparse_encoder.models.MLMTransformer followed by "
                        + "sentence_transformers.sparse_encoder.models.SpladePooling");
    }

    @Test
    void similarityDefaultsToDotAndFollowsTheConfig() throws Exception {
        Path dir = copy();
        Files.writeString(dir.resolve("config_sentence_transformers.json"), "{\"model_type\": \"SparseEncoder\"}");
        assertThat(SparseModelDirectory.open(dir, null).settings().similarity().configName()).isEqualTo("dot");
        Files.writeString(dir.resolve("config_sentence_transformers.json"),
                "{\"model_type\": \"SparseEncoder\", \"similarity_fn_name\": \"cosine\"}");
        try (SparseEncoder e = SparseEncoder.load(dir)) {
            SparseVector a = new SparseVector(SpladeTestModel.VOCAB, new int[] {1, 2}, new float[] {3f, 4f});
            assertThat(e.similarity(a, a)).isEqualTo(1f);
        }
    }
}
