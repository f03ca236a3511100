package dev.sentence4j.quantize;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ONNX Runtime writes its warnings (an op without a kernel, a node placed on a fallback provider,
 * a failed graph optimization) natively to stderr, where Java cannot catch them in-process; so a
 * child JVM loads the quantized graph with the logger at WARNING and its stderr is checked.
 */
class LoadsWithoutWarningsTest {
    /** Child entry point: load the graph given, with warnings on. */
    public static void main(String[] args) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_WARNING, "check");
        try (OrtSession.SessionOptions o = new OrtSession.SessionOptions()) {
            o.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_WARNING);
            try (OrtSession s = env.createSession(args[0], o)) {
                System.out.println("loaded " + s.getInputNames());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(QuantizationScheme.class)
    void quantizedGraphLoadsWithNoWarnings(QuantizationScheme scheme) throws Exception {
        Path out = MiniLm.quantized(scheme);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), LoadsWithoutWarningsTest.class.getName(), out.toString()))
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("stderr: %s", stderr).isZero();
        assertThat(stdout).contains("loaded").contains("input_ids");
        // ORT's log lines look like "2025-... [W:onnxruntime:check, ...] message".
        assertThat(stderr).doesNotContain("[W:").doesNotContain("[E:");
    }
}
