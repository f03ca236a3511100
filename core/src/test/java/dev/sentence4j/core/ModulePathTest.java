package dev.sentence4j.core;

import static dev.sentence4j.core.BadInputTest.copyOfMiniLm;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** modules.json may not send the loader outside the model directory (the hub download refuses the same). */
class ModulePathTest {

    private static final String POOLING = "{\"word_embedding_dimension\": 384, \"pooling_mode_cls_token\": true}";

    private static Path withPoolingPath(Path dir, String path) throws IOException {
        Files.writeString(dir.resolve("modules.json"), """
                [{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
                 {"idx": 1, "name": "1", "path": "%s", "type": "sentence_transformers.models.Pooling"}]"""
                .formatted(path));
        return dir.resolve("modules.json");
    }

    @Test
    void aPathClimbingOutOfTheDirectoryIsRefused(@TempDir Path tmp) throws IOException {
        Path dir = copyOfMiniLm(tmp.resolve("m"));
        Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(tmp.resolve("outside/config.json"), POOLING); // a valid config: today's code loads it
        Path modules = withPoolingPath(dir, "../outside");
        assertThatThrownBy(() -> SentenceEncoder.load(dir)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(modules.toString()).hasMessageContaining("modules[1].path")
                .hasMessageContaining("'../outside', which leaves it");
        withPoolingPath(dir, "1_Pooling/../../outside");
        assertThatThrownBy(() -> SentenceEncoder.load(dir)).hasMessageContaining("'1_Pooling/../../outside', which leaves it");
    }

    @Test
    void anAbsolutePathIsRefused(@TempDir Path tmp) throws IOException {
        Path dir = copyOfMiniLm(tmp.resolve("m"));
        Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(tmp.resolve("outside/config.json"), POOLING);
        Path modules = withPoolingPath(dir, tmp.resolve("outside").toString());
        assertThatThrownBy(() -> SentenceEncoder.load(dir)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(modules.toString()).hasMessageContaining("modules[1].path")
                .hasMessageContaining("the absolute path '" + tmp.resolve("outside") + "'");
    }

    @Test
    void aPathThatStaysInsideStillLoads(@TempDir Path tmp) throws IOException {
        Path dir = copyOfMiniLm(tmp.resolve("m"));
        withPoolingPath(dir, "./x/../1_Pooling");
        try (SentenceEncoder e = SentenceEncoder.load(dir)) {
            org.assertj.core.api.Assertions.assertThat(e.dimension()).isEqualTo(384);
        }
    }
}
