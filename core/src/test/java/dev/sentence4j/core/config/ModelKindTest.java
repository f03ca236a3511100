package dev.sentence4j.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.core.ModelLoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kind of a directory, from files shaped as sentence-transformers v5 and older versions save
 * them (the JSON below follows the files of cross-encoder/ms-marco-MiniLM-L6-v2,
 * naver/splade-v3 and sentence-transformers/all-MiniLM-L6-v2 on the Hub).
 */
class ModelKindTest {
    @TempDir
    Path dir;

    private void write(String file, String json) throws IOException {
        Files.writeString(dir.resolve(file), json);
    }

    @Test
    void declaredModelTypeDecides() throws IOException {
        write("config_sentence_transformers.json", "{\"model_type\": \"SparseEncoder\"}");
        assertThat(ModelKind.of(dir)).isEqualTo(ModelKind.SPARSE);
        write("config_sentence_transformers.json", "{\"model_type\": \"CrossEncoder\"}");
        assertThat(ModelKind.of(dir)).isEqualTo(ModelKind.CROSS_ENCODER);
        write("config_sentence_transformers.json", "{\"model_type\": \"SentenceTransformer\", \"prompts\": {}}");
        assertThat(ModelKind.of(dir)).isEqualTo(ModelKind.EMBEDDING);
    }

    @Test
    void unknownModelTypeNamesTheFieldAndValue() throws IOException {
        write("config_sentence_transformers.json", "{\"model_type\": \"Reranker\"}");
        assertThatThrownBy(() -> ModelKind.of(dir)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("model_type").hasMessageContaining("Reranker")
                .hasMessageContaining("config_sentence_transformers.json");
    }

    @Test
    void sparseModulesMakeASparseModel() throws IOException {
        write("modules.json", """
                [{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.sparse_encoder.models.MLMTransformer"},
                 {"idx": 1, "name": "1", "path": "1_SpladePooling", "type": "sentence_transformers.sparse_encoder.models.SpladePooling"}]
                """);
        assertThat(ModelKind.of(dir)).isEqualTo(ModelKind.SPARSE);
    }

    @Test
    void denseModulesMakeAnEmbeddingModel() throws IOException {
        write("modules.json", """
                [{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
                 {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"}]
                """);
        write("config.json", "{\"architectures\": [\"BertModel\"]}");
        assertThat(ModelKind.of(dir)).isEqualTo(ModelKind.EMBEDDING);
    }

    @Test
    void crossEncoderConfigWithoutModules() throws IOException {
        write("config.json", "{\"architectures\": [\"BertForSequenceClassification\"], \"num_labels\": 1}");
        assertThat(ModelKind.of(dir)).isEqualTo(ModelKind.CROSS_ENCODER);
        write("config.json", "{\"architectures\": [\"BertModel\"], \"sentence_transformers\": "
                + "{\"activation_fn\": \"torch.nn.modules.activation.Sigmoid\", \"version\": \"4.0.1\"}}");
        assertThat(ModelKind.of(dir)).isEqualTo(ModelKind.CROSS_ENCODER);
        write("config.json", "{\"sbert_ce_default_activation_function\": \"torch.nn.modules.linear.Identity\"}");
        assertThat(ModelKind.of(dir)).isEqualTo(ModelKind.CROSS_ENCODER);
    }

    @Test
    void plainTransformerIsAnEmbeddingModel() throws IOException {
        write("config.json", "{\"architectures\": [\"BertModel\"], \"hidden_size\": 384}");
        assertThat(ModelKind.of(dir)).isEqualTo(ModelKind.EMBEDDING);
    }

    @Test
    void labelsAreWhatUsersSee() {
        assertThat(ModelKind.CROSS_ENCODER).hasToString("cross-encoder");
        assertThat(ModelKind.SPARSE.label()).isEqualTo("sparse");
    }
}
