package dev.sentence4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken model directories and caller mistakes get messages that say what and where. */
class BadInputTest {
    /** A copy of the embedded MiniLM directory, the ONNX graph and its weights linked rather than copied. */
    static Path copyOfMiniLm(Path target) throws IOException {
        Path src = SharedEncoders.miniLm().info().directory();
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path p : walk.toList()) {
                Path dest = target.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else if (p.getFileName().toString().endsWith(".onnx") || p.getFileName().toString().endsWith(".onnx_data")) {
                    linkOrCopy(p, dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        return target;
    }

    private static void linkOrCopy(Path src, Path dest) throws IOException {
        try {
            Files.createLink(dest, src); // same file system: no 90 MB copy
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(src, dest);
        }
    }

    @Test
    void unknownNameListsTheEmbeddedModels() {
        assertThatThrownBy(() -> SentenceEncoder.load("no-such-model-xyz"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-model-xyz")
                .hasMessageContaining("all-MiniLM-L6-v2, all-MiniLM-L6-v2-q, bge-small-en-v1.5, bge-small-en-v1.5-q, e5-small-v2, e5-small-v2-q");
    }

    @Test
    void nonexistentPathListsTheEmbeddedModels(@TempDir Path dir) {
        String missing = dir.resolve("nope").toString();
        assertThatThrownBy(() -> SentenceEncoder.load(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing)
                .hasMessageContaining("embedded models: all-MiniLM-L6-v2");
    }

    @Test
    void missingPoolingConfigNamesTheFile(@TempDir Path tmp) throws IOException {
        Path dir = copyOfMiniLm(tmp.resolve("m"));
        Files.delete(dir.resolve("1_Pooling/config.json"));
        assertThatThrownBy(() -> SentenceEncoder.load(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(dir.resolve("1_Pooling/config.json").toString())
                .hasMessageContaining("not found");
    }

    @Test
    void missingTokenizerNamesTheFile(@TempDir Path tmp) throws IOException {
        Path dir = copyOfMiniLm(tmp.resolve("m"));
        Files.delete(dir.resolve("tokenizer.json"));
        assertThatThrownBy(() -> SentenceEncoder.load(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("tokenizer.json");
    }

    @Test
    void missingOnnxNamesTheFile(@TempDir Path tmp) throws IOException {
        Path dir = copyOfMiniLm(tmp.resolve("m"));
        Files.delete(dir.resolve("onnx/model.onnx"));
        ModelLoadException e = (ModelLoadException) org.assertj.core.api.Assertions.catchThrowable(
                () -> SentenceEncoder.load(dir));
        assertThat(e.path()).isEqualTo(dir.resolve("onnx/model.onnx"));
        assertThat(e).hasMessageContaining("model.onnx").hasMessageContaining("not found");
    }

    @Test
    void corruptOnnxNamesTheFile(@TempDir Path tmp) throws IOException {
        Path dir = copyOfMiniLm(tmp.resolve("m"));
        Path onnx = dir.resolve("onnx/model.onnx");
        Files.delete(onnx);
        Files.writeString(onnx, "this is not a protobuf");
        assertThatThrownBy(() -> SentenceEncoder.load(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(onnx.toString())
                .hasMessageContaining("cannot load the ONNX model");
    }

    @Test
    void unknownPoolingModeIsNamedWithTheValidOnes(@TempDir Path tmp) throws IOException {
        Path dir = copyOfMiniLm(tmp.resolve("m"));
        Files.writeString(dir.resolve("1_Pooling/config.json"),
                "{\"word_embedding_dimension\": 384, \"pooling_mode\": \"median\"}");
        assertThatThrownBy(() -> SentenceEncoder.load(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("1_Pooling")
                .hasMessageContaining("\"median\"")
                .hasMessageContaining("cls, max, mean, mean_sqrt_len_tokens, weightedmean, lasttoken");
    }

    @Test
    void malformedJsonNamesTheFile(@TempDir Path tmp) throws IOException {
        Path dir = copyOfMiniLm(tmp.resolve("m"));
        Files.writeString(dir.resolve("modules.json"), "[{\"type\": ");
        assertThatThrownBy(() -> SentenceEncoder.load(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(dir.resolve("modules.json").toString())
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void newerPoolingModeKeyIsRead(@TempDir Path tmp) throws IOException {
        Path dir = copyOfMiniLm(tmp.resolve("m"));
        Files.writeString(dir.resolve("1_Pooling/config.json"),
                "{\"word_embedding_dimension\": 384, \"pooling_mode\": \"cls\"}");
        try (SentenceEncoder e = SentenceEncoder.load(dir)) {
            assertThat(e.info().poolingModes()).extracting(Enum::name).containsExactly("CLS");
            EncodeResult r = e.encode(List.of("hello world"), EncodeOptions.defaults().withOutputValue(OutputValue.BOTH));
            float[] cls = java.util.Arrays.copyOf(r.tokenEmbeddings().get(0).data(), 384);
            assertThat(r.embeddings().row(0)).containsExactly(dev.sentence4j.core.normalize.Normalize.l2(cls), within(1e-6f));
        }
    }

    @Test
    void withoutModulesJsonItIsTransformerPlusMeanPooling(@TempDir Path tmp) throws IOException {
        Path dir = copyOfMiniLm(tmp.resolve("m"));
        Files.delete(dir.resolve("modules.json"));
        Files.writeString(dir.resolve("config.json"), "{\"hidden_size\": 384, \"max_position_embeddings\": 512}");
        List<String> texts = List.of("a plain HF model", "mean pooling, no normalization");
        Embeddings expected = SharedEncoders.miniLm().encode(texts, EncodeOptions.defaults().withNormalize(false)).embeddings();
        try (SentenceEncoder e = SentenceEncoder.load(dir)) {
            assertThat(e.info().normalize()).isFalse();
            assertThat(e.encode(texts).data()).containsExactly(expected.data(), within(1e-5f));
        }
    }

    @Test
    void explicitOnnxFileIsUsedAndAMissingOneListsThePresentOnes(@TempDir Path tmp) throws IOException {
        Path dir = copyOfMiniLm(tmp.resolve("m"));
        Files.move(dir.resolve("onnx/model.onnx"), dir.resolve("onnx/model_variant.onnx"));
        assertThatThrownBy(() -> SentenceEncoder.load(dir))
                .hasMessageContaining("onnx/model_variant.onnx");
        try (SentenceEncoder e = SentenceEncoder.load(dir, LoadOptions.defaults().withOnnxFile(Path.of("onnx/model_variant.onnx")))) {
            assertThat(e.info().onnxFile()).isEqualTo(dir.resolve("onnx/model_variant.onnx"));
            assertThat(e.encode("x")).hasSize(384);
        }
    }
}
