package dev.sentence4j.core.dense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.core.TestResources;
import dev.sentence4j.core.config.DenseConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against numpy's tanh(x W^T + b) on a safetensors file written by scripts/dense_golden.py. */
class DenseTest {
    @Test
    void denseModuleFromSafetensorsMatchesNumpy() throws Exception {
        Dense dense = DenseConfig.read(TestResources.path("dense/2_Dense"));
        assertThat(dense.inFeatures()).isEqualTo(5);
        assertThat(dense.outFeatures()).isEqualTo(3);
        assertThat(dense.activation()).isEqualTo(Activation.TANH);
        JsonNode g = new ObjectMapper().readTree(TestResources.text("dense/golden.json"));
        int rows = g.get("x").size();
        float[] x = new float[rows * 5];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < 5; i++) {
                x[r * 5 + i] = g.get("x").get(r).get(i).floatValue();
            }
        }
        float[] y = dense.apply(x, rows);
        for (int r = 0; r < rows; r++) {
            for (int o = 0; o < 3; o++) {
                assertThat(y[r * 3 + o]).isCloseTo(g.get("y").get(r).get(o).floatValue(), within(1e-6f));
            }
        }
    }

    @Test
    void pytorchBinOnlyIsClearlyUnsupported(@TempDir Path dir) throws Exception {
        Files.copy(TestResources.path("dense/2_Dense/config.json"), dir.resolve("config.json"));
        Files.write(dir.resolve("pytorch_model.bin"), new byte[] {1, 2, 3});
        assertThatThrownBy(() -> DenseConfig.read(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("pytorch_model.bin")
                .hasMessageContaining("not supported");
    }

    @Test
    void unknownActivationListsSupported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("config.json"),
                "{\"in_features\": 5, \"out_features\": 3, \"activation_function\": \"torch.nn.modules.activation.Mish\"}");
        assertThatThrownBy(() -> DenseConfig.read(dir))
                .hasMessageContaining("Mish").hasMessageContaining("torch.nn.modules.activation.Tanh");
    }

    @Test
    void truncatedSafetensorsNamesTheFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("model.safetensors");
        Files.write(f, new byte[] {(byte) 200, 0, 0, 0, 0, 0, 0, 0, '{'});
        assertThatThrownBy(() -> SafeTensors.read(f)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(f.toString());
    }

    @Test
    void aSafetensorsFileCutShortSaysSoWithBothSizes(@TempDir Path dir) throws Exception {
        Path whole = TestResources.path("dense/2_Dense/model.safetensors");
        long size = Files.size(whole);
        Path f = dir.resolve("model.safetensors");
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length - 10)); // an interrupted copy
        assertThatThrownBy(() -> SafeTensors.read(f)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("the file is " + (size - 10) + " bytes, shorter than the " + size
                        + " bytes its header claims");
    }

    @Test
    void activations() {
        assertThat(Activation.IDENTITY.apply(-2.5f)).isEqualTo(-2.5f);
        assertThat(Activation.RELU.apply(-1f)).isEqualTo(0f);
        // torch.nn.GELU()(torch.tensor(1.0)) = 0.8413447
        assertThat(Activation.GELU.apply(1f)).isCloseTo(0.8413447f, within(1e-6f));
        assertThat(Activation.SIGMOID.apply(0f)).isEqualTo(0.5f);
    }
}
