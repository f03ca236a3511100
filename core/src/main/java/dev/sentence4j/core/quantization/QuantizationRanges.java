package dev.sentence4j.core.quantization;

import dev.sentence4j.core.Embeddings;
import java.util.Arrays;
import java.util.Objects;

/**
 * Per-dimension calibration ranges for int8/uint8 (ST's {@code ranges}: row 0 the minimum, row 1
 * the maximum of each dimension).
 *
 * @param min {@code [dimension]}
 * @param max {@code [dimension]}
 */
public record QuantizationRanges(float[] min, float[] max) {
    public QuantizationRanges {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.length != max.length) {
            throw new IllegalArgumentException("range dimensions differ: " + min.length + "!=" + max.length);
        }
        for (int d = 0; d < min.length; d++) {
            if (!(min[d] <= max[d])) {
                throw new IllegalArgumentException("range of dimension " + d + " is empty or NaN: min " + min[d]
                        + " > max " + max[d]);
            }
        }
        min = min.clone();
        max = max.clone();
    }

    public int dimension() {
        return min.length;
    }

    /** Column-wise min and max of {@code calibration}, as ST computes from calibration_embeddings. */
    public static QuantizationRanges of(Embeddings calibration) {
        if (calibration.rows() == 0) {
            throw new IllegalArgumentException("calibration embeddings are empty");
        }
        int dim = calibration.dimension();
        float[] min = new float[dim];
        float[] max = new float[dim];
        Arrays.fill(min, Float.POSITIVE_INFINITY);
        Arrays.fill(max, Float.NEGATIVE_INFINITY);
        float[] data = calibration.data();
        for (int r = 0; r < calibration.rows(); r++) {
            for (int d = 0; d < dim; d++) {
                float v = data[r * dim + d];
                min[d] = Math.min(min[d], v);
                max[d] = Math.max(max[d], v);
            }
        }
        return new QuantizationRanges(min, max);
    }
}
