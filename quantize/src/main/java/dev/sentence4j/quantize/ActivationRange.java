package dev.sentence4j.quantize;

/**
 * The smallest and largest value one linear layer's input took over a calibration corpus. The
 * static scheme turns it into one uint8 scale and zero point for the layer: fixed numbers, so a
 * row's quantization never depends on the other rows of its batch.
 */
public record ActivationRange(float min, float max) {
    public ActivationRange {
        if (!(min <= max) || !Float.isFinite(min) || !Float.isFinite(max)) {
            throw new IllegalArgumentException("activation range [" + min + ", " + max
                    + "]: expected finite numbers with min <= max");
        }
    }

    /** The range of both. */
    public ActivationRange union(ActivationRange other) {
        return new ActivationRange(Math.min(min, other.min), Math.max(max, other.max));
    }

    /** Its uint8 quantization. */
    public UintScale uintScale() {
        return UintScale.of(min, max);
    }
}
