package dev.sentence4j.core;

import dev.sentence4j.core.quantization.Precision;
import dev.sentence4j.core.quantization.QuantizationRanges;
import java.util.Objects;

/**
 * Options of {@link SentenceEncoder#encode(java.util.List, EncodeOptions)}, ST's encode arguments.
 * Start from {@link #defaults()} and change fields with the withers.
 *
 * @param batchSize          inputs per ONNX run (ST's batch_size, default 32)
 * @param normalize          null: as the model's modules say (ST's default); true: L2-normalize the
 *                           final vectors, after truncateDim (ST's normalize_embeddings=True);
 *                           false: also skip the model's own Normalize module
 * @param outputValue        sentence embeddings, token embeddings, or both
 * @param precision          float32 or a quantized precision (ST's precision)
 * @param calibrationRanges  int8/uint8 ranges; null takes them from the encoded batch, as ST does
 * @param truncateDim        keep only the first n dimensions (Matryoshka), or null
 * @param prompt             text prepended to every input (ST's prompt), or null
 * @param promptName         a key of the model's prompts (ST's prompt_name), or null; ignored
 *                           when {@code prompt} is set, as in ST. With neither, the model's
 *                           default_prompt_name applies
 * @param progress           told after each batch
 */
public record EncodeOptions(int batchSize, Boolean normalize, OutputValue outputValue, Precision precision,
        QuantizationRanges calibrationRanges, Integer truncateDim, String prompt, String promptName,
        ProgressListener progress) {

    public static final int DEFAULT_BATCH_SIZE = 32;

    public EncodeOptions {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be > 0, found " + batchSize);
        }
        Objects.requireNonNull(outputValue, "outputValue");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(progress, "progress");
        if (truncateDim != null && truncateDim <= 0) {
            throw new IllegalArgumentException("truncateDim must be > 0, found " + truncateDim);
        }
    }

    public static EncodeOptions defaults() {
        return new EncodeOptions(DEFAULT_BATCH_SIZE, null, OutputValue.SENTENCE, Precision.FLOAT32, null, null, null,
                null, ProgressListener.NONE);
    }

    public EncodeOptions withBatchSize(int v) {
        return new EncodeOptions(v, normalize, outputValue, precision, calibrationRanges, truncateDim, prompt, promptName, progress);
    }

    public EncodeOptions withNormalize(Boolean v) {
        return new EncodeOptions(batchSize, v, outputValue, precision, calibrationRanges, truncateDim, prompt, promptName, progress);
    }

    public EncodeOptions withOutputValue(OutputValue v) {
        return new EncodeOptions(batchSize, normalize, v, precision, calibrationRanges, truncateDim, prompt, promptName, progress);
    }

    public EncodeOptions withPrecision(Precision v) {
        return new EncodeOptions(batchSize, normalize, outputValue, v, calibrationRanges, truncateDim, prompt, promptName, progress);
    }

    public EncodeOptions withCalibrationRanges(QuantizationRanges v) {
        return new EncodeOptions(batchSize, normalize, outputValue, precision, v, truncateDim, prompt, promptName, progress);
    }

    public EncodeOptions withTruncateDim(Integer v) {
        return new EncodeOptions(batchSize, normalize, outputValue, precision, calibrationRanges, v, prompt, promptName, progress);
    }

    public EncodeOptions withPrompt(String v) {
        return new EncodeOptions(batchSize, normalize, outputValue, precision, calibrationRanges, truncateDim, v, promptName, progress);
    }

    public EncodeOptions withPromptName(String v) {
        return new EncodeOptions(batchSize, normalize, outputValue, precision, calibrationRanges, truncateDim, prompt, v, progress);
    }

    public EncodeOptions withProgress(ProgressListener v) {
        return new EncodeOptions(batchSize, normalize, outputValue, precision, calibrationRanges, truncateDim, prompt, promptName, v);
    }
}
