package dev.sentence4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sentence4j.core.normalize.Normalize;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model directories whose modules.json and module configs differ from the embedded ones: the
 * modules run in order, and each is checked against a hand computation from token embeddings.
 */
class ModulePipelineTest {
    static final String TEXT = "Pooling modes are concatenated in a fixed order.";

    static float[] tokenEmbeddings(String text, int[] lengthOut) {
        EncodeResult r = SharedEncoders.miniLm().encode(List.of(text),
                EncodeOptions.defaults().withOutputValue(OutputValue.TOKEN));
        lengthOut[0] = r.tokenEmbeddings().get(0).length();
        return r.tokenEmbeddings().get(0).data();
    }

    static float[] meanOf(float[] tokens, int from, int to, int dim) {
        float[] mean = new float[dim];
        for (int t = from; t < to; t++) {
            for (int d = 0; d < dim; d++) {
                mean[d] += tokens[t * dim + d];
            }
        }
        for (int d = 0; d < dim; d++) {
            mean[d] /= (to - from);
        }
        return mean;
    }

    @Test
    void legacyBooleansWithTwoModesConcatenateClsThenMean(@TempDir Path tmp) throws IOException {
        Path dir = BadInputTest.copyOfMiniLm(tmp.resolve("m"));
        // Keys in the opposite of ST's order, to show the order comes from ST, not the file.
        Files.writeString(dir.resolve("1_Pooling/config.json"), """
                {"word_embedding_dimension": 384, "pooling_mode_mean_tokens": true,
                 "pooling_mode_cls_token": true, "pooling_mode_max_tokens": false}""");
        int[] len = new int[1];
        float[] tokens = tokenEmbeddings(TEXT, len);
        float[] expected = new float[768];
        System.arraycopy(tokens, 0, expected, 0, 384);
        System.arraycopy(meanOf(tokens, 0, len[0], 384), 0, expected, 384, 384);
        try (SentenceEncoder e = SentenceEncoder.load(dir)) {
            assertThat(e.info().dimension()).isEqualTo(768);
            assertThat(e.encode(TEXT)).containsExactly(Normalize.l2(expected), within(1e-5f));
        }
    }

    @Test
    void includePromptFalseLeavesThePromptOutOfThePooling(@TempDir Path tmp) throws IOException {
        Path dir = BadInputTest.copyOfMiniLm(tmp.resolve("m"));
        Files.writeString(dir.resolve("1_Pooling/config.json"), """
                {"word_embedding_dimension": 384, "pooling_mode": "mean", "include_prompt": false}""");
        Files.writeString(dir.resolve("config_sentence_transformers.json"), """
                {"prompts": {"query": "search query: "}, "default_prompt_name": "query", "similarity_fn_name": "dot"}""");
        int[] len = new int[1];
        float[] tokens = tokenEmbeddings("search query: " + TEXT, len);
        // [CLS] search query : -> the first 4 positions are the prompt (ST: len(tokenize(prompt)) - 1)
        float[] expected = Normalize.l2(meanOf(tokens, 4, len[0], 384));
        try (SentenceEncoder e = SentenceEncoder.load(dir)) {
            assertThat(e.info().defaultPromptName()).isEqualTo("query");
            assertThat(e.info().similarity().configName()).isEqualTo("dot");
            assertThat(e.encode(TEXT)).containsExactly(expected, within(1e-5f));
        }
    }

    @Test
    void denseRunsAfterPoolingAndBeforeNormalize(@TempDir Path tmp) throws IOException {
        Path dir = BadInputTest.copyOfMiniLm(tmp.resolve("m"));
        Files.writeString(dir.resolve("modules.json"), """
                [{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
                 {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
                 {"idx": 2, "name": "2", "path": "2_Dense", "type": "sentence_transformers.models.Dense"},
                 {"idx": 3, "name": "3", "path": "3_Normalize", "type": "sentence_transformers.models.Normalize"}]""");
        int out = 16;
        Random rnd = new Random(5);
        float[] w = new float[out * 384]; // [out * in]
        float[] b = new float[out];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) rnd.nextGaussian() * 0.1f;
        }
        for (int i = 0; i < out; i++) {
            b[i] = (float) rnd.nextGaussian() * 0.1f;
        }
        Files.createDirectories(dir.resolve("2_Dense"));
        Files.writeString(dir.resolve("2_Dense/config.json"), """
                {"in_features": 384, "out_features": 16, "bias": true,
                 "activation_function": "torch.nn.modules.activation.Tanh"}""");
        writeSafetensors(dir.resolve("2_Dense/model.safetensors"), w, new long[] {out, 384}, b);
        int[] len = new int[1];
        float[] tokens = tokenEmbeddings(TEXT, len);
        float[] pooled = meanOf(tokens, 0, len[0], 384);
        float[] expected = new float[out];
        for (int o = 0; o < out; o++) {
            double s = b[o];
            for (int i = 0; i < 384; i++) {
                s += w[o * 384 + i] * (double) pooled[i];
            }
            expected[o] = (float) Math.tanh(s);
        }
        try (SentenceEncoder e = SentenceEncoder.load(dir)) {
            assertThat(e.info().dimension()).isEqualTo(16);
            assertThat(e.encode(TEXT)).containsExactly(Normalize.l2(expected), within(1e-5f));
        }
    }

    @Test
    void unknownModuleTypeIsNamed(@TempDir Path tmp) throws IOException {
        Path dir = BadInputTest.copyOfMiniLm(tmp.resolve("m"));
        Files.writeString(dir.resolve("modules.json"), """
                [{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
                 {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
                 {"idx": 2, "name": "2", "path": "2_LayerNorm", "type": "sentence_transformers.models.LayerNorm"}]""");
        assertThatThrownBy(() -> SentenceEncoder.load(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("modules[2]")
                .hasMessageContaining("sentence_transformers.models.LayerNorm")
                .hasMessageContaining("sentence_transformers.models.Dense");
    }

    @Test
    void legacyVocabTxtDirectoryGivesTheSameVectors(@TempDir Path tmp) throws IOException {
        Path dir = BadInputTest.copyOfMiniLm(tmp.resolve("m"));
        com.fasterxml.jackson.databind.JsonNode vocab = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dir.resolve("tokenizer.json").toFile()).path("model").path("vocab");
        String[] byId = new String[vocab.size()];
        vocab.properties().forEach(e -> byId[e.getValue().intValue()] = e.getKey());
        Files.write(dir.resolve("vocab.txt"), Arrays.asList(byId));
        Files.writeString(dir.resolve("tokenizer_config.json"), "{\"do_lower_case\": true}");
        Files.delete(dir.resolve("tokenizer.json"));
        List<String> texts = List.of(TEXT, "Café au lait, s'il vous plaît!", "");
        Embeddings expected = SharedEncoders.miniLm().encode(texts);
        try (SentenceEncoder e = SentenceEncoder.load(dir)) {
            assertThat(e.encode(texts).data()).containsExactly(expected.data(), within(1e-6f));
        }
    }

    /** The safetensors layout: u64 LE header size, JSON header, F32 LE data. */
    static void writeSafetensors(Path file, float[] weight, long[] weightShape, float[] bias) throws IOException {
        String header = "{\"linear.bias\":{\"dtype\":\"F32\",\"shape\":[" + bias.length + "],\"data_offsets\":[0,"
                + bias.length * 4 + "]},\"linear.weight\":{\"dtype\":\"F32\",\"shape\":" + Arrays.toString(weightShape)
                .replace(" ", "") + ",\"data_offsets\":[" + bias.length * 4 + "," + (bias.length + weight.length) * 4 + "]}}";
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.allocate(8 + h.length + (bias.length + weight.length) * 4).order(ByteOrder.LITTLE_ENDIAN);
        buf.putLong(h.length).put(h);
        for (float v : bias) {
            buf.putFloat(v);
        }
        for (float v : weight) {
            buf.putFloat(v);
        }
        Files.write(file, buf.array());
    }
}
