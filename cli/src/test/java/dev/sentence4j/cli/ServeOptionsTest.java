package dev.sentence4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sentence4j.core.EmbeddedModels;
import org.junit.jupiter.api.Test;

/**
 * {@code serve} takes the same model options as every other command (one ModelOptions): the same
 * flags, defaults and errors, checked against {@code encode} before the server would start.
 */
class ServeOptionsTest {

    @Test
    void serveHasTheModelOptionsOfEveryCommand() {
        CliRun serve = CliRun.of("serve", "--help");
        CliRun encode = CliRun.of("encode", "--help");
        for (String option : new String[] {"--model", "--onnx-file", "--revision", "--threads"}) {
            assertThat(serve.out()).as("serve --help").contains(option);
            assertThat(encode.out()).as("encode --help").contains(option);
        }
        assertThat(serve.out()).contains("Default: " + EmbeddedModels.DEFAULT_MODEL);
    }

    @Test
    void aMissingOnnxFileIsTheSameErrorAsInEncode() {
        CliRun serve = CliRun.of("serve", "--port", "0", "--onnx-file", "onnx/nope.onnx");
        CliRun encode = CliRun.of("encode", "--onnx-file", "onnx/nope.onnx", "text");
        assertThat(serve.exitCode()).isEqualTo(1);
        assertThat(encode.exitCode()).isEqualTo(1);
        assertThat(serve.err()).contains("onnx/nope.onnx").contains("ONNX file not found").contains("onnx/model.onnx");
        assertThat(serve.err().substring(serve.err().indexOf(':') + 1))
                .isEqualTo(encode.err().substring(encode.err().indexOf(':') + 1));
    }

    @Test
    void threadsAreCheckedLikeEverywhere() {
        CliRun serve = CliRun.of("serve", "--port", "0", "--threads", "0");
        assertThat(serve.exitCode()).isEqualTo(1);
        assertThat(serve.err()).contains("--threads must be at least 1, found 0");
    }
}
