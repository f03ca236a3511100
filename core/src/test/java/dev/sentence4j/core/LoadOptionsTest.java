package dev.sentence4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.hub.HubOptions;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one set of loading options reaches the Hub resolver whole: revision, ONNX file and progress. */
class LoadOptionsTest {
    @Test
    void revisionOnnxFileAndProgressReachTheHubOptions() {
        dev.sentence4j.hub.ProgressListener progress = (file, done, total) -> { };
        HubOptions hub = LoadOptions.defaults().withRevision("v9").withOnnxFile(Path.of("onnx/model_qint8.onnx"))
                .withProgress(progress).hubOptions();
        assertThat(hub.revision()).isEqualTo("v9");
        assertThat(hub.onnxFile()).isEqualTo(Optional.of("onnx/model_qint8.onnx"));
        assertThat(hub.progress()).isSameAs(progress);
    }

    @Test
    void defaultsAreTheHubsDefaults() {
        HubOptions hub = LoadOptions.defaults().hubOptions();
        assertThat(hub.revision()).isEqualTo(HubOptions.DEFAULT_REVISION);
        assertThat(hub.onnxFileOrDefault()).isEqualTo(HubOptions.DEFAULT_ONNX_FILE);
    }

    @Test
    void badValuesAreRefusedByName() {
        assertThatThrownBy(() -> LoadOptions.defaults().withThreads(-1)).hasMessageContaining("threads must be >= 0");
        assertThatThrownBy(() -> LoadOptions.defaults().withRevision(" ")).hasMessageContaining("revision");
    }

    @Test
    void theDefaultModelIsTheOneTheModelsIndexMarksDefault() {
        assertThat(EmbeddedModels.defaultName()).contains(EmbeddedModels.DEFAULT_MODEL);
    }
}
