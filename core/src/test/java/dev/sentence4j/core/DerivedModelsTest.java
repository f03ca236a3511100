package dev.sentence4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sentence4j.core.EmbeddedModels.EmbeddedModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The int8 models made on first use from an fp32 model, as the index declares them. */
class DerivedModelsTest {
    @Test
    void eachInt8ModelNamesAnEmbeddedFp32SourceAndKnownScheme() {
        long derived = EmbeddedModels.list().stream().filter(m -> !m.quantizedFrom().isEmpty()).count();
        assertThat(derived).isEqualTo(3);
        for (EmbeddedModel m : EmbeddedModels.list()) {
            if (m.quantizedFrom().isEmpty()) {
                continue;
            }
            EmbeddedModel base = EmbeddedModels.find(m.quantizedFrom()).orElseThrow();
            assertThat(base.weights()).isEqualTo("fp32");
            assertThat(base.quantizedFrom()).isEmpty();
            assertThat(m.weights()).isEqualTo("int8");
            assertThat(dev.sentence4j.quantize.QuantizationScheme.fromCliName(m.quantization())).isNotNull();
            assertThat(m.files()).doesNotContainKeys("onnx/model.onnx", "tokenizer.json");
        }
    }

    /** `sentence4j models` lists an int8 model from its source's configs; they must be the same files. */
    @Test
    void int8ConfigFilesEqualTheirSources() throws IOException {
        for (EmbeddedModel m : EmbeddedModels.list()) {
            if (m.quantizedFrom().isEmpty()) {
                continue;
            }
            EmbeddedModel base = EmbeddedModels.find(m.quantizedFrom()).orElseThrow();
            for (Map.Entry<String, String> f : m.files().entrySet()) {
                assertThat(base.files()).as("%s has %s", base.name(), f.getKey()).containsKey(f.getKey());
                assertThat(read(f.getValue())).as("%s %s", m.name(), f.getKey()).isEqualTo(read(base.files().get(f.getKey())));
            }
        }
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = DerivedModelsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("classpath resource %s", resource).isNotNull();
            return in.readAllBytes();
        }
    }
}
