package dev.sentence4j.corpus.encode;

import dev.sentence4j.core.quantization.Precision;
import dev.sentence4j.corpus.input.InputSpec;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A corpus encode job.
 *
 * @param input      what to read
 * @param outputDir  where chunks and the manifest go (created if missing)
 * @param format     npy or jsonl chunks
 * @param precision  float32, or a quantized precision (int8/uint8 calibrated on the first chunk)
 * @param chunkRows  rows per chunk: the unit of memory, of atomic output and of progress saved
 * @param batchSize  inputs per model run
 * @param promptName a prompt of the model, or null
 * @param resume     continue the job in {@code outputDir}; without it an existing manifest is an error
 * @param merge      at the end, also write one file with every row ({@code embeddings.npy} or {@code .jsonl})
 */
public record CorpusEncodeConfig(InputSpec input, Path outputDir, ChunkFormat format, Precision precision, int chunkRows,
        int batchSize, String promptName, boolean resume, boolean merge) {
    public static final int DEFAULT_CHUNK_ROWS = 4096;

    public CorpusEncodeConfig {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(precision, "precision");
        if (chunkRows < 1) {
            throw new IllegalArgumentException("--chunk-rows must be >= 1, found " + chunkRows);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("--batch-size must be >= 1, found " + batchSize);
        }
    }

    public static CorpusEncodeConfig of(InputSpec input, Path outputDir) {
        return new CorpusEncodeConfig(input, outputDir, ChunkFormat.NPY, Precision.FLOAT32, DEFAULT_CHUNK_ROWS, 32, null,
                false, false);
    }

    public CorpusEncodeConfig withFormat(ChunkFormat v) {
        return new CorpusEncodeConfig(input, outputDir, v, precision, chunkRows, batchSize, promptName, resume, merge);
    }

    public CorpusEncodeConfig withPrecision(Precision v) {
        return new CorpusEncodeConfig(input, outputDir, format, v, chunkRows, batchSize, promptName, resume, merge);
    }

    public CorpusEncodeConfig withChunkRows(int v) {
        return new CorpusEncodeConfig(input, outputDir, format, precision, v, batchSize, promptName, resume, merge);
    }

    public CorpusEncodeConfig withBatchSize(int v) {
        return new CorpusEncodeConfig(input, outputDir, format, precision, chunkRows, v, promptName, resume, merge);
    }

    public CorpusEncodeConfig withPromptName(String v) {
        return new CorpusEncodeConfig(input, outputDir, format, precision, chunkRows, batchSize, v, resume, merge);
    }

    public CorpusEncodeConfig withResume(boolean v) {
        return new CorpusEncodeConfig(input, outputDir, format, precision, chunkRows, batchSize, promptName, v, merge);
    }

    public CorpusEncodeConfig withMerge(boolean v) {
        return new CorpusEncodeConfig(input, outputDir, format, precision, chunkRows, batchSize, promptName, resume, v);
    }
}
