package dev.sentence4j.corpus.encode;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sentence4j.corpus.input.InputFingerprint;
import dev.sentence4j.common.io.DurableFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The state of a corpus encode job, rewritten atomically after every chunk: what was encoded
 * (model, dimension, precision, options), from what (input path, format, fingerprint), how far
 * (byte offset and line to resume at) and what came out (chunks, counts). Whatever a crash
 * leaves, the manifest on disk names only complete chunks, and its offset is just past their
 * last input record, so a resume neither loses nor repeats a row.
 *
 * @param rows        rows written (sum of the chunks' rows)
 * @param blank       rows whose text was empty or whitespace (kept as rows)
 * @param truncated   rows cut at max_seq_length tokens (or at maxChars code points)
 * @param skipped     input records not encoded (invalid UTF-8 or JSON with --skip-invalid, blank jsonl/csv lines)
 * @param skippedLines the first {@value #MAX_SKIPPED_LISTED} skipped records: "line N: why"
 * @param calibrationMin int8/uint8: per-dimension ranges taken from the first chunk and used for all; else null
 */
public record Manifest(int formatVersion, String model, int dimension, String precision, boolean normalized,
        String similarity, String chunkFormat, int chunkRows, String input, String inputFormat, String textField,
        String textColumn, InputFingerprint fingerprint, long rows, long blank, long truncated, long skipped,
        List<String> skippedLines, long nextOffset, long nextLine, float[] calibrationMin, float[] calibrationMax,
        List<ChunkEntry> chunks, boolean complete, String merged) {

    public static final String FILE_NAME = "manifest.json";
    public static final int FORMAT_VERSION = 1;
    public static final int MAX_SKIPPED_LISTED = 1000;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Manifest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(fingerprint, "fingerprint");
        skippedLines = List.copyOf(skippedLines);
        chunks = List.copyOf(chunks);
        long sum = 0;
        for (ChunkEntry c : chunks) {
            sum += c.rows();
        }
        if (sum != rows) {
            throw new IllegalArgumentException("manifest rows " + rows + " != sum of chunk rows " + sum);
        }
    }

    /** The next state after a chunk (or a window of only skipped records, {@code chunk} null). */
    Manifest advance(ChunkEntry chunk, long addBlank, long addTruncated, List<String> newSkipped, long offset, long line) {
        List<ChunkEntry> c = new ArrayList<>(chunks);
        if (chunk != null) {
            c.add(chunk);
        }
        List<String> listed = new ArrayList<>(skippedLines);
        for (String s : newSkipped) {
            if (listed.size() < MAX_SKIPPED_LISTED) {
                listed.add(s);
            }
        }
        return new Manifest(formatVersion, model, dimension, precision, normalized, similarity, chunkFormat, chunkRows,
                input, inputFormat, textField, textColumn, fingerprint, rows + (chunk == null ? 0 : chunk.rows()),
                blank + addBlank, truncated + addTruncated, skipped + newSkipped.size(), listed, offset, line,
                calibrationMin, calibrationMax, c, complete, merged);
    }

    Manifest withCalibration(float[] min, float[] max) {
        return new Manifest(formatVersion, model, dimension, precision, normalized, similarity, chunkFormat, chunkRows,
                input, inputFormat, textField, textColumn, fingerprint, rows, blank, truncated, skipped, skippedLines,
                nextOffset, nextLine, min, max, chunks, complete, merged);
    }

    Manifest withComplete(boolean v, String mergedFile) {
        return new Manifest(formatVersion, model, dimension, precision, normalized, similarity, chunkFormat, chunkRows,
                input, inputFormat, textField, textColumn, fingerprint, rows, blank, truncated, skipped, skippedLines,
                nextOffset, nextLine, calibrationMin, calibrationMax, chunks, v, mergedFile);
    }

    public void write(Path dir) throws IOException {
        DurableFiles.write(dir.resolve(FILE_NAME), out -> MAPPER.writeValue(new NonClosing(out), this));
    }

    public static Manifest read(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        try {
            Manifest m = MAPPER.readValue(Files.readAllBytes(file), Manifest.class);
            if (m.formatVersion() != FORMAT_VERSION) {
                throw new IllegalArgumentException(file + ": formatVersion " + m.formatVersion() + " is not supported (expected "
                        + FORMAT_VERSION + ")");
            }
            return m;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no " + FILE_NAME + " in '" + dir + "': nothing to resume (run without --resume to start)");
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException(file + ": not a valid manifest: " + e.getOriginalMessage());
        }
    }

    /** Jackson closes the stream it writes to; the durable writer must fsync it first. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
