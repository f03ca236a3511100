package dev.sentence4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.hub.HubException;
import dev.sentence4j.hub.HubOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLocatorTest {
    private static HubOptions offline(Path cache) {
        return HubOptions.fromEnvironment().withOffline(true).withCacheDir(cache);
    }

    @Test
    void embeddedNameWins(@TempDir Path cache) {
        Path dir = ModelLocator.resolve("all-MiniLM-L6-v2", offline(cache));
        assertThat(dir.resolve("modules.json")).exists();
    }

    @Test
    void localDirectoryIsUsedAsIs(@TempDir Path dir) {
        assertThat(ModelLocator.resolve(dir.toString(), offline(dir))).isEqualTo(dir);
    }

    @Test
    void hubIdGoesToTheCacheAndOfflineModeNamesIt(@TempDir Path cache) {
        assertThatThrownBy(() -> ModelLocator.resolve("sentence-transformers/all-mpnet-base-v2", offline(cache)))
                .isInstanceOf(HubException.class)
                .hasMessageContaining("sentence-transformers/all-mpnet-base-v2")
                .hasMessageContaining(cache.toString());
    }

    @Test
    void anythingElseListsTheEmbeddedModels(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("model.txt"), "not a model");
        assertThatThrownBy(() -> ModelLocator.resolve("no-such-model", offline(dir)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-model")
                .hasMessageContaining("all-MiniLM-L6-v2")
                .hasMessageContaining("e5-small-v2-q");
        assertThatThrownBy(() -> ModelLocator.resolve(file.toString(), offline(dir)))
                .hasMessageContaining("it is a file");
    }
}
