package dev.sentence4j.corpus.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.quantization.Precision;
import dev.sentence4j.corpus.TestFiles;
import dev.sentence4j.corpus.input.InputSpec;
import dev.sentence4j.corpus.io.NpyMatrix;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming job in-process, on 40 lines with chunks of 16 (the kill -9 test runs the CLI in a child JVM). */
class CorpusEncodeJobTest {
    static SentenceEncoder encoder;
    static List<String> lines;
    @TempDir Path dir;

    @BeforeAll
    static void open() {
        encoder = SentenceEncoder.load("all-MiniLM-L6-v2-q");
        lines = new ArrayList<>(TestFiles.fortunes(40));
        lines.set(5, ""); // a blank line stays a row
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    private Path input() throws IOException {
        Path f = dir.resolve("in.txt");
        if (!Files.exists(f)) {
            Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        }
        return f;
    }

    private CorpusEncodeConfig config(String out) throws IOException {
        return CorpusEncodeConfig.of(InputSpec.of(input()), dir.resolve(out)).withChunkRows(16);
    }

    @Test
    void chunksManifestAndMergedMatrixEqualPlainEncode() throws IOException {
        Manifest m = new CorpusEncodeJob(encoder, config("out").withMerge(true), EncodeProgress.NONE).run();
        assertThat(m.rows()).isEqualTo(40);
        assertThat(m.blank()).isEqualTo(1);
        assertThat(m.skipped()).isZero();
        assertThat(m.complete()).isTrue();
        assertThat(m.chunks()).extracting(ChunkEntry::rows).containsExactly(16, 16, 8);
        assertThat(m.chunks()).extracting(ChunkEntry::firstLine).containsExactly(1L, 17L, 33L);
        assertThat(m.model()).isEqualTo("all-MiniLM-L6-v2-q");
        assertThat(m.dimension()).isEqualTo(384);
        Embeddings merged = NpyMatrix.read(dir.resolve("out").resolve("embeddings.npy"));
        assertThat(merged.rows()).isEqualTo(40);
        // each chunk is the model's encode of its window
        Embeddings direct = encoder.encode(lines.subList(16, 32));
        Embeddings chunk1 = NpyMatrix.read(dir.resolve("out").resolve("chunk-000001.npy"));
        assertThat(chunk1).isEqualTo(direct);
        assertThat(Manifest.read(dir.resolve("out"))).usingRecursiveComparison().isEqualTo(m);
    }

    @Test
    void crashAfterAChunkThenResumeGivesTheSameBytes() throws IOException {
        new CorpusEncodeJob(encoder, config("whole").withMerge(true), EncodeProgress.NONE).run();
        // Simulate a crash right after the second chunk's manifest: the listener throws.
        EncodeProgress crash = (b, t, rows, run) -> {
            if (rows >= 32) {
                throw new IllegalStateException("simulated crash");
            }
        };
        assertThatThrownBy(() -> new CorpusEncodeJob(encoder, config("crashed"), crash).run()).hasMessage("simulated crash");
        Path crashed = dir.resolve("crashed");
        assertThat(Manifest.read(crashed).rows()).isEqualTo(32);
        // Leftovers a kill could leave: a temp file and a chunk written before its manifest update.
        Files.writeString(crashed.resolve(".chunk-000002.npy.1234.partial"), "junk");
        Files.writeString(crashed.resolve("chunk-000002.npy"), "half");
        Manifest resumed = new CorpusEncodeJob(encoder, config("crashed").withResume(true).withMerge(true), EncodeProgress.NONE).run();
        assertThat(resumed.rows()).isEqualTo(40);
        assertThat(Files.readAllBytes(crashed.resolve("embeddings.npy")))
                .isEqualTo(Files.readAllBytes(dir.resolve("whole").resolve("embeddings.npy")));
        assertThat(Files.list(crashed).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".partial"))).isEmpty();
    }

    @Test
    void resumeRefusesADifferentInputAndAFreshRunRefusesAnOldJob() throws IOException {
        new CorpusEncodeJob(encoder, config("a"), EncodeProgress.NONE).run();
        assertThatThrownBy(() -> new CorpusEncodeJob(encoder, config("a"), EncodeProgress.NONE).run())
                .hasMessageContaining("already holds an encode job").hasMessageContaining("--resume");
        Path other = dir.resolve("other.txt");
        Files.writeString(other, "something else\n");
        CorpusEncodeConfig wrong = CorpusEncodeConfig.of(InputSpec.of(other), dir.resolve("a")).withResume(true);
        assertThatThrownBy(() -> new CorpusEncodeJob(encoder, wrong, EncodeProgress.NONE).run())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot resume").hasMessageContaining("other.txt is not the input")
                .hasMessageContaining("size 15 bytes");
        CorpusEncodeConfig int8 = config("a").withResume(true).withPrecision(Precision.INT8);
        assertThatThrownBy(() -> new CorpusEncodeJob(encoder, int8, EncodeProgress.NONE).run())
                .hasMessageContaining("field \"precision\" is 'float32' but this run has 'int8'");
    }

    @Test
    void int8ChunksShareTheFirstChunksCalibrationAndJsonlCarriesLines() throws IOException {
        Manifest m = new CorpusEncodeJob(encoder, config("q").withPrecision(Precision.INT8).withMerge(true), EncodeProgress.NONE).run();
        assertThat(m.calibrationMin()).hasSize(384);
        Embeddings q = NpyMatrix.read(dir.resolve("q").resolve("embeddings.npy"));
        assertThat(q.rows()).isEqualTo(40);
        for (float v : q.data()) {
            assertThat(v).isBetween(-128f, 127f);
        }
        Manifest j = new CorpusEncodeJob(encoder, config("j").withFormat(ChunkFormat.JSONL), EncodeProgress.NONE).run();
        List<String> first = Files.readAllLines(dir.resolve("j").resolve(j.chunks().get(0).file()));
        assertThat(first).hasSize(16);
        assertThat(first.get(0)).startsWith("{\"line\":1,\"embedding\":[");
    }
}
