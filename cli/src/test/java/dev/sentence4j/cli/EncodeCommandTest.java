package dev.sentence4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LINES = List.of(
        "A man is eating food.", "A man eats a meal.", "", "The sky is blue today.", "Ein Mann isst.");

    private static Path input(Path dir) throws Exception {
        Path file = dir.resolve("in.txt");
        Files.writeString(file, String.join("\n", LINES) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void jsonlHasOneNormalizedVectorPerLineInOrder(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("encode", "--input", input(dir).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> out = run.out().lines().toList();
        assertThat(out).hasSize(LINES.size());
        float[][] v = new float[out.size()][];
        for (int i = 0; i < out.size(); i++) {
            v[i] = JSON.readValue(out.get(i), float[].class);
            assertThat(v[i]).hasSize(384);
            assertThat(norm(v[i])).isCloseTo(1.0, within(1e-5));
        }
        // Order is kept: the two paraphrases (lines 1 and 2) are closer than line 1 and line 4.
        assertThat(dot(v[0], v[1])).isGreaterThan(dot(v[0], v[3]) + 0.3);
    }

    /** An output file gets what {@code touch} would give it under the same umask, not createTempFile's 0600. */
    @Test
    void outputFilesGetTheUmasksPermissionsLikeTouch(@TempDir Path dir) throws Exception {
        Path touched = dir.resolve("touched");
        assertThat(new ProcessBuilder("touch", touched.toString()).start().waitFor()).isZero();
        for (String name : List.of("out.npy", "out.jsonl")) {
            Path out = dir.resolve(name);
            CliRun run = CliRun.of("encode", "--input", input(dir).toString(), "--output", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).as(name)
                    .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(touched)));
        }
    }

    /**
     * A write that fails names the file the user gave, not the temporary file beside it. /proc
     * refuses new files even to root, as a read-only or full disk would.
     */
    @Test
    void aFailedWriteNamesTheTarget(@TempDir Path dir) throws Exception {
        Path out = Path.of("/proc/sentence4j-vectors.npy");
        CliRun run = CliRun.of("encode", "--input", input(dir).toString(), "--output", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("sentence4j encode: cannot write '" + out + "': ").doesNotContain(".partial");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void npyLoadsAsRowsByDimFloat32MatchingJsonl(@TempDir Path dir) throws Exception {
        Path in = input(dir);
        Path npy = dir.resolve("out.npy");
        CliRun run = CliRun.of("encode", "--input", in.toString(), "--output", npy.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        byte[] bytes = Files.readAllBytes(npy);
        Npy parsed = Npy.parse(bytes);
        assertThat(parsed.descr()).isEqualTo("<f4");
        assertThat(parsed.shape()).containsExactly(LINES.size(), 384);
        assertThat(parsed.dataOffset() % 64).isZero();
        ByteBuffer data = ByteBuffer.wrap(bytes, parsed.dataOffset(), bytes.length - parsed.dataOffset()).order(ByteOrder.LITTLE_ENDIAN);

        CliRun jsonl = CliRun.of("encode", "--input", in.toString());
        List<String> rows = jsonl.out().lines().toList();
        for (int r = 0; r < rows.size(); r++) {
            float[] expected = JSON.readValue(rows.get(r), float[].class);
            for (int c = 0; c < 384; c++) {
                assertThat(data.getFloat()).isEqualTo(expected[c]);
            }
        }
        assertThat(data.remaining()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain(".out.npy.partial").noneMatch(n -> n.endsWith(".partial"));
        }
    }

    @Test
    void int8PrecisionWritesSignedBytes(@TempDir Path dir) throws Exception {
        Path npy = dir.resolve("q.npy");
        CliRun run = CliRun.of("encode", "--input", input(dir).toString(), "--precision", "int8", "--output", npy.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Npy parsed = Npy.parse(Files.readAllBytes(npy));
        assertThat(parsed.descr()).isEqualTo("|i1");
        assertThat(parsed.shape()).containsExactly(LINES.size(), 384);
    }

    @Test
    void ubinaryPacksEightDimensionsPerByte(@TempDir Path dir) throws Exception {
        Path npy = dir.resolve("b.npy");
        CliRun run = CliRun.of("encode", "--input", input(dir).toString(), "--precision", "ubinary", "--output", npy.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Npy parsed = Npy.parse(Files.readAllBytes(npy));
        assertThat(parsed.descr()).isEqualTo("|u1");
        assertThat(parsed.shape()).containsExactly(LINES.size(), 384 / 8);
    }

    @Test
    void tokenOutputListsTokensWithOneVectorEach() throws Exception {
        CliRun run = CliRun.of("encode", "--output-value", "token", "Walker walked a long walk");
        assertThat(run.exitCode()).as(run.err()).isZero();
        var node = JSON.readTree(run.out());
        assertThat(JSON.convertValue(node.get("tokens"), String[].class))
            .containsExactly("[CLS]", "walker", "walked", "a", "long", "walk", "[SEP]");
        assertThat(node.get("embeddings")).hasSize(7);
        assertThat(node.get("embeddings").get(0)).hasSize(384);
    }

    @Test
    void failedRunLeavesNoOutputFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("never.jsonl");
        CliRun run = CliRun.of("encode", "--precision", "int4", "--output", out.toString(), "x");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("int4", "float32", "int8", "ubinary");
        assertThat(out).doesNotExist();
    }

    @Test
    void npyToStdoutIsRefused() {
        CliRun run = CliRun.of("encode", "--format", "npy", "x");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--output");
    }

    @Test
    void missingInputFileIsNamed() {
        CliRun run = CliRun.of("encode", "--input", "/no/such/file.txt");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("/no/such/file.txt").doesNotContain("\tat ");
    }

    private static double norm(float[] v) {
        return Math.sqrt(dot(v, v));
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }
}
