package dev.sentence4j.hub;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TextProgressBarTest {

    @Test
    void drawsOneLinePerFileRedrawnOnlyWhenThePercentageChanges() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextProgressBar bar = new TextProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), 10);
        long mb = 1024 * 1024;

        bar.onProgress("onnx/model.onnx", 0, 4 * mb);
        bar.onProgress("onnx/model.onnx", 2 * mb, 4 * mb);
        bar.onProgress("onnx/model.onnx", 2 * mb + 1, 4 * mb);
        bar.onProgress("onnx/model.onnx", 4 * mb, 4 * mb);
        bar.onProgress("config.json", 600, 600);

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).isEqualTo(
                "\ronnx/model.onnx  [>         ]   0%  0.0/4.0 MB"
                        + "\ronnx/model.onnx  [=====>    ]  50%  2.0/4.0 MB"
                        + "\ronnx/model.onnx  [==========] 100%  4.0/4.0 MB" + System.lineSeparator()
                        + "\rconfig.json  [==========] 100%  0.0/0.0 MB" + System.lineSeparator());
    }
}
