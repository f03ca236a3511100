package dev.sentence4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentence4j.core.EmbeddedModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuantizeCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesAModelDirectoryThatOtherCommandsLoad(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("minilm-int8");
        CliRun run = CliRun.of("quantize", "--model", "all-MiniLM-L6-v2", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("36 linear layers int8 (static)");
        assertThat(out.resolve("onnx/model.onnx")).isRegularFile();
        assertThat(out.resolve("tokenizer.json")).isRegularFile();
        assertThat(out.resolve("modules.json")).isRegularFile();

        // The same sentences as the fp32 model's similarity check; int8 scores stay within 0.02.
        String[] texts = {"A man is eating food.", "A man is eating a piece of bread.", "The sky is blue."};
        JsonNode fp32 = similarity("all-MiniLM-L6-v2", texts);
        JsonNode int8 = similarity(out.toString(), texts);
        for (int i = 0; i < 2; i++) {
            assertThat(int8.get(i).asDouble()).isCloseTo(fp32.get(i).asDouble(),
                    org.assertj.core.api.Assertions.within(0.02));
        }
    }

    private static JsonNode similarity(String model, String... texts) throws IOException {
        String[] args = Stream.concat(Stream.of("similarity", "--json", "--model", model), Stream.of(texts))
                .toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out()).get("scores");
    }

    @Test
    void brokenGraphIsOneLineNamingTheFile(@TempDir Path dir) throws IOException {
        // A model directory whose onnx/model.onnx is cut off after 4 KB.
        Path src = dir.resolve("broken");
        Path fp32 = EmbeddedModels.materialize("all-MiniLM-L6-v2");
        try (Stream<Path> files = Files.list(fp32)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.createDirectories(src);
                Files.copy(f, src.resolve(f.getFileName()));
            }
        }
        Files.createDirectories(src.resolve("1_Pooling"));
        Files.copy(fp32.resolve("1_Pooling/config.json"), src.resolve("1_Pooling/config.json"));
        Files.createDirectories(src.resolve("onnx"));
        byte[] head;
        try (var in = Files.newInputStream(fp32.resolve("onnx/model.onnx"))) {
            head = in.readNBytes(4096);
        }
        Path broken = src.resolve("onnx/model.onnx");
        Files.write(broken, head);
        CliRun run = CliRun.of("quantize", "--model", src.toString(), "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("\tat ")
                .contains(broken.toString()).contains("not a readable ONNX model");
    }

    @Test
    void unknownSchemeSaysWhichExist(@TempDir Path dir) {
        CliRun run = CliRun.of("quantize", "--scheme", "int4", "--out", dir.resolve("o").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("\"int4\"").contains("per-row-asymmetric").contains("static");
    }

    @Test
    void calibrationTextsFromAFileGiveTheSameLayersAndAMissingFileIsNamed(@TempDir Path dir) throws IOException {
        Path texts = Files.writeString(dir.resolve("texts.txt"),
                "A man is eating food.\nThe sky is blue over the sea.\n\nA woman plays the violin on a stage.\n");
        Path out = dir.resolve("own");
        CliRun run = CliRun.of("quantize", "--model", "all-MiniLM-L6-v2", "--calibration", texts.toString(),
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("36 linear layers int8 (static)");
        JsonNode scores = similarity(out.toString(), "A man is eating food.", "A man is eating a piece of bread.");
        assertThat(scores.get(0).asDouble()).isCloseTo(similarity("all-MiniLM-L6-v2", "A man is eating food.",
                "A man is eating a piece of bread.").get(0).asDouble(), org.assertj.core.api.Assertions.within(0.05));

        Path missing = dir.resolve("missing.txt");
        CliRun bad = CliRun.of("quantize", "--model", "all-MiniLM-L6-v2", "--calibration", missing.toString(),
                "--out", dir.resolve("o2").toString());
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err().strip()).doesNotContain("\n").doesNotContain("\tat ").contains(missing.toString());
    }

    @Test
    void calibrationWithAPerRowSchemeIsAUsageError(@TempDir Path dir) throws IOException {
        Path texts = Files.writeString(dir.resolve("t.txt"), "one line\n");
        CliRun run = CliRun.of("quantize", "--model", "all-MiniLM-L6-v2", "--scheme", "per-row-asymmetric",
                "--calibration", texts.toString(), "--out", dir.resolve("o").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--calibration is for --scheme static");
    }
}
