package dev.sentence4j.quantize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDirectoryQuantizerTest {
    @Test
    void writesAFullModelDirectoryWithoutOtherWeights(@TempDir Path tmp) throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.writeString(src.resolve("modules.json"), "[]");
        Files.writeString(src.resolve("tokenizer.json"), "{}");
        Files.createDirectories(src.resolve("1_Pooling"));
        Files.writeString(src.resolve("1_Pooling/config.json"), "{}");
        Files.writeString(src.resolve("model.safetensors"), "weights");
        Files.writeString(src.resolve(".gitattributes"), "*.onnx lfs");
        Files.createDirectories(src.resolve("onnx"));
        Files.copy(MiniLm.fp32(), src.resolve("onnx/model.onnx"));
        Files.writeString(src.resolve("onnx/model_O4.onnx"), "another graph");

        Path out = tmp.resolve("out");
        QuantizationSummary s = ModelDirectoryQuantizer.quantize(src, src.resolve("onnx/model.onnx"), out,
                QuantizationScheme.PER_ROW_ASYMMETRIC);
        assertThat(s.output()).isEqualTo(out.resolve("onnx/model.onnx"));
        try (var walk = Files.walk(out)) {
            assertThat(walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrder("modules.json", "tokenizer.json", "1_Pooling/config.json",
                            "onnx/model.onnx", "onnx/model.onnx_data"); // the int8 weights beside the graph
        }
        assertThatThrownBy(() -> ModelDirectoryQuantizer.quantize(src, src.resolve("onnx/model.onnx"), out,
                QuantizationScheme.PER_ROW_ASYMMETRIC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(out.toString())
                .hasMessageContaining("exists and is not empty");
    }
}
