package dev.sentence4j.quantize;

/**
 * A uint8 quantization of a range: {@code q = round(x / scale) + zeroPoint}, clamped to [0, 255].
 *
 * @param scale     the step, > 0
 * @param zeroPoint the code of 0, in [0, 255]
 */
public record UintScale(float scale, int zeroPoint) {
    /** The range widened to include 0 (so 0 is exact), over 255 steps; a range of only 0 gets step 1. */
    public static UintScale of(float min, float max) {
        float lo = Math.min(min, 0f);
        float hi = Math.max(max, 0f);
        float scale = hi == lo ? 1f : (hi - lo) / 255f;
        return new UintScale(scale, Math.max(0, Math.min(255, Math.round(-lo / scale))));
    }
}
