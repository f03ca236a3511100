package dev.sentence4j.quantize;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a quantization run did.
 *
 * @param quantized  linear layers (MatMul with a weight initializer) rewritten
 * @param keptFloat  linear layers left in fp32 (the scheme cannot take their shape)
 * @param inputBytes size of the fp32 file (its external data file included); outputBytes of the written
 *                   graph and its external data file
 */
public record QuantizationSummary(Path input, Path output, QuantizationScheme scheme, int quantized, int keptFloat,
        long inputBytes, long outputBytes) {
    public QuantizationSummary {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(scheme, "scheme");
        if (quantized < 0 || keptFloat < 0) {
            throw new IllegalArgumentException("counts must be >= 0: " + quantized + ", " + keptFloat);
        }
    }
}
