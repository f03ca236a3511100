package dev.sentence4j.hub;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HubOptionsTest {

    @TempDir
    Path home;

    @Test
    void defaultsFollowHuggingfaceHub() {
        HubOptions options = HubOptions.fromEnvironment(Map.of(), home);

        assertThat(options.endpoint()).isEqualTo(URI.create("https://huggingface.co"));
        assertThat(options.cacheDir()).isEqualTo(home.resolve(".cache/huggingface/hub"));
        assertThat(options.token()).isEmpty();
        assertThat(options.offline()).isFalse();
        assertThat(options.revision()).isEqualTo("main");
        assertThat(options.onnxFileOrDefault()).isEqualTo("onnx/model.onnx");
    }

    @Test
    void environmentVariablesTakePrecedence() {
        Path hfHome = home.resolve("hf");
        assertThat(HubOptions.fromEnvironment(Map.of("HF_HOME", hfHome.toString()), home).cacheDir())
                .isEqualTo(hfHome.resolve("hub"));
        HubOptions options = HubOptions.fromEnvironment(Map.of("HF_HOME", hfHome.toString(),
                "HF_HUB_CACHE", home.resolve("c").toString(), "HF_ENDPOINT", "http://mirror.local:8080/",
                "HF_TOKEN", "hf_abc", "HF_HUB_OFFLINE", "1"), home);
        assertThat(options.cacheDir()).isEqualTo(home.resolve("c"));
        assertThat(options.endpoint()).isEqualTo(URI.create("http://mirror.local:8080"));
        assertThat(options.token()).contains("hf_abc");
        assertThat(options.offline()).isTrue();
        for (String on : new String[] {"1", "ON", "yes", "True"}) {
            assertThat(HubOptions.fromEnvironment(Map.of("HF_HUB_OFFLINE", on), home).offline()).as(on).isTrue();
        }
        assertThat(HubOptions.fromEnvironment(Map.of("HF_HUB_OFFLINE", "0"), home).offline()).isFalse();
    }

    @Test
    void tokenFileWrittenByHuggingfaceCliLoginIsRead() throws IOException {
        Path tokenFile = home.resolve(".cache/huggingface/token");
        Files.createDirectories(tokenFile.getParent());
        Files.writeString(tokenFile, "hf_from_file\n");

        assertThat(HubOptions.fromEnvironment(Map.of(), home).token()).contains("hf_from_file");
        assertThat(HubOptions.fromEnvironment(Map.of("HF_TOKEN", "hf_env"), home).token()).contains("hf_env");
    }

    @Test
    void toStringNeverShowsTheToken() {
        HubOptions options = HubOptions.fromEnvironment(Map.of("HF_TOKEN", "hf_secret_value"), home);

        assertThat(options.toString()).doesNotContain("hf_secret_value").contains("token=<set>");
    }

    @Test
    void invalidValuesAreRejectedWithTheValue() {
        HubOptions options = HubOptions.fromEnvironment(Map.of(), home);

        assertThatThrownBy(() -> options.withEndpoint(URI.create("ftp://x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ftp://x");
        assertThatThrownBy(() -> options.withRevision("../../etc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'../../etc'");
        assertThatThrownBy(() -> options.withOnnxFile("model.bin")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'model.bin'");
        assertThatThrownBy(() -> options.withToken(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HF_TOKEN");
        assertThatThrownBy(() -> options.withToken((Optional<String>) null)).isInstanceOf(NullPointerException.class);
        assertThat(options.withRevision("refs/pr/1").revision()).isEqualTo("refs/pr/1");
    }
}
