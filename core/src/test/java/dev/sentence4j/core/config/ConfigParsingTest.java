package dev.sentence4j.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.core.pooling.Pooling;
import dev.sentence4j.core.pooling.PoolingMode;
import dev.sentence4j.core.similarity.Similarity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigParsingTest {
    @Test
    void stSettingsDefaultsAndValues(@TempDir Path dir) throws IOException {
        assertThat(SentenceTransformersConfig.read(dir).similarity()).isEqualTo(Similarity.COSINE);
        Files.writeString(dir.resolve("config_sentence_transformers.json"), """
                {"__version__": {"sentence_transformers": "3.0.1"}, "prompts": {"query": "q: ", "doc": ""},
                 "default_prompt_name": "doc", "similarity_fn_name": "manhattan"}""");
        SentenceTransformersConfig c = SentenceTransformersConfig.read(dir);
        assertThat(c.prompts()).containsEntry("query", "q: ").containsEntry("doc", "");
        assertThat(c.defaultPromptName()).isEqualTo("doc");
        assertThat(c.similarity()).isEqualTo(Similarity.MANHATTAN);
    }

    @Test
    void unknownSimilarityNamesFieldFoundAndValid(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("config_sentence_transformers.json");
        Files.writeString(file, "{\"similarity_fn_name\": \"jaccard\"}");
        assertThatThrownBy(() -> SentenceTransformersConfig.read(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("similarity_fn_name")
                .hasMessageContaining("\"jaccard\"")
                .hasMessageContaining("cosine, dot, euclidean, manhattan");
    }

    @Test
    void defaultPromptMustBeAPrompt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("config_sentence_transformers.json"),
                "{\"prompts\": {\"query\": \"q: \"}, \"default_prompt_name\": \"passage\"}");
        assertThatThrownBy(() -> SentenceTransformersConfig.read(dir))
                .hasMessageContaining("default_prompt_name").hasMessageContaining("[query]").hasMessageContaining("passage");
    }

    @Test
    void maxSeqLengthFallsBackToMaxPositionEmbeddingsThen512(@TempDir Path dir) throws IOException {
        assertThat(SentenceBertConfig.read(dir)).isEqualTo(new SentenceBertConfig(512, false));
        Files.writeString(dir.resolve("config.json"), "{\"max_position_embeddings\": 128}");
        assertThat(SentenceBertConfig.read(dir).maxSeqLength()).isEqualTo(128);
        Files.writeString(dir.resolve("sentence_bert_config.json"), "{\"max_seq_length\": 200, \"do_lower_case\": true}");
        assertThat(SentenceBertConfig.read(dir)).isEqualTo(new SentenceBertConfig(200, true));
        Files.writeString(dir.resolve("sentence_bert_config.json"), "{\"max_seq_length\": \"long\"}");
        assertThatThrownBy(() -> SentenceBertConfig.read(dir))
                .hasMessageContaining("max_seq_length").hasMessageContaining("expected an integer").hasMessageContaining("\"long\"");
    }

    @Test
    void withoutMaxSeqLengthItIsTheSmallerOfPositionsAndTokenizerLimitAsInSt(@TempDir Path dir) throws IOException {
        // ST's Transformer: min(config.max_position_embeddings, tokenizer.model_max_length); RoBERTa: 514 and 512
        Files.writeString(dir.resolve("config.json"), "{\"max_position_embeddings\": 514}");
        Files.writeString(dir.resolve("tokenizer_config.json"), "{\"model_max_length\": 512}");
        assertThat(SentenceBertConfig.read(dir).maxSeqLength()).isEqualTo(512);
        Files.writeString(dir.resolve("tokenizer_config.json"), "{\"model_max_length\": 1000000000000000019884624838656}");
        assertThat(SentenceBertConfig.read(dir).maxSeqLength()).isEqualTo(514);
    }

    @Test
    void poolingLegacyKeysAndUnknownKeys(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("config.json"), """
                {"word_embedding_dimension": 8, "pooling_mode_cls_token": false, "pooling_mode_mean_tokens": false,
                 "pooling_mode_max_tokens": true, "pooling_mode_mean_sqrt_len_tokens": true,
                 "pooling_mode_weightedmean_tokens": true, "pooling_mode_lasttoken": true, "include_prompt": true}""");
        Pooling p = PoolingConfig.read(dir, -1);
        assertThat(p.modes()).containsExactly(PoolingMode.MAX, PoolingMode.MEAN_SQRT_LEN_TOKENS,
                PoolingMode.WEIGHTED_MEAN, PoolingMode.LAST_TOKEN);
        assertThat(p.outputDimension()).isEqualTo(32);
        Files.writeString(dir.resolve("config.json"), "{\"word_embedding_dimension\": 8, \"pooling_mode_median_tokens\": true}");
        assertThatThrownBy(() -> PoolingConfig.read(dir, -1))
                .hasMessageContaining("pooling_mode_median_tokens").hasMessageContaining("valid modes: cls, max, mean");
        Files.writeString(dir.resolve("config.json"), "{\"word_embedding_dimension\": 8}");
        assertThatThrownBy(() -> PoolingConfig.read(dir, -1)).hasMessageContaining("no pooling mode is on");
    }

    @Test
    void modulesOutOfOrderAreRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("modules.json"), """
                [{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
                 {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
                 {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
                 {"idx": 3, "name": "3", "path": "3_Dense", "type": "sentence_transformers.models.Dense"}]""");
        Files.createDirectories(dir.resolve("1_Pooling"));
        Files.writeString(dir.resolve("1_Pooling/config.json"), "{\"word_embedding_dimension\": 8, \"pooling_mode\": \"mean\"}");
        Files.writeString(dir.resolve("model.onnx"), "x");
        Files.writeString(dir.resolve("tokenizer.json"), "{}");
        assertThatThrownBy(() -> ModelDirectory.open(dir, null))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("modules[2]").hasMessageContaining("Normalize must be the last module");
    }
}
