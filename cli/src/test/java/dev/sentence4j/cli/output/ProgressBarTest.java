package dev.sentence4j.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void firstUpdateDoesNotDrawARateMeasuredOverMicroseconds() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "steps", 20, true);
        bar.update(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anEstimatedTotalEndsAtTheCountReallyDone() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "steps", 20, true)) {
            bar.update(10);
            bar.finishedAt(10);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("[" + "#".repeat(30) + "] 10/10 steps").endsWith(System.lineSeparator());
    }

    @Test
    void disabledBarPrintsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "steps", 5, false)) {
            bar.update(5);
        }
        assertThat(bytes.size()).isZero();
    }
}
