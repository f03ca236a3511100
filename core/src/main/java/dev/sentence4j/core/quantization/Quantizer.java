package dev.sentence4j.core.quantization;

import dev.sentence4j.core.Embeddings;
import java.util.Objects;

/**
 * ST's {@code quantize_embeddings} (sentence_transformers/quantization.py):
 * <ul>
 * <li>uint8: {@code (x - min) / ((max - min) / 255)} cast to uint8; int8: the same minus 128 cast
 * to int8. Ranges come from the caller, or else from the embeddings themselves (ST's default).
 * numpy's float-to-int cast truncates toward zero; values outside the range (possible with
 * caller ranges) are clamped, where numpy's cast would be undefined. A dimension whose range is
 * empty (min == max) maps to the lowest code instead of numpy's NaN.</li>
 * <li>ubinary: {@code np.packbits(x > 0)} per row, big-endian bit order (dimension 0 is the high
 * bit of byte 0), the last byte zero-padded; binary: the same bytes minus 128, as int8.</li>
 * </ul>
 */
public final class Quantizer {
    private Quantizer() {}

    /**
     * @param ranges calibration ranges for int8/uint8, or null to take them from {@code embeddings}
     */
    public static QuantizedEmbeddings quantize(Embeddings embeddings, Precision precision, QuantizationRanges ranges) {
        Objects.requireNonNull(embeddings, "embeddings");
        Objects.requireNonNull(precision, "precision");
        int rows = embeddings.rows();
        int dim = embeddings.dimension();
        int width = precision.bytesPerRow(dim);
        byte[] out = new byte[rows * width];
        float[] x = embeddings.data();
        switch (precision) {
            case FLOAT32 -> throw new IllegalArgumentException("float32 is not a quantized precision");
            case INT8, UINT8 -> {
                if (rows == 0) {
                    break;
                }
                QuantizationRanges r = ranges != null ? ranges : QuantizationRanges.of(embeddings);
                if (r.dimension() != dim) {
                    throw new IllegalArgumentException("range and embedding dimensions differ: " + r.dimension() + "!=" + dim);
                }
                int offset = precision == Precision.INT8 ? -128 : 0;
                for (int row = 0; row < rows; row++) {
                    for (int d = 0; d < dim; d++) {
                        float step = (r.max()[d] - r.min()[d]) / 255f;
                        // float32 arithmetic as numpy does it; the 128 is subtracted before the cast,
                        // so int8 truncation toward zero differs from uint8's minus 128 for some values
                        float scaled = step == 0 ? 0f : (x[row * dim + d] - r.min()[d]) / step;
                        long code = (long) (scaled + offset); // truncates toward zero, as numpy's astype
                        code = Math.max(offset, Math.min(255 + offset, code));
                        out[row * width + d] = (byte) code;
                    }
                }
            }
            case BINARY, UBINARY -> {
                int offset = precision == Precision.BINARY ? -128 : 0;
                for (int row = 0; row < rows; row++) {
                    for (int b = 0; b < width; b++) {
                        int bits = 0;
                        for (int k = 0; k < 8; k++) {
                            int d = b * 8 + k;
                            if (d < dim && x[row * dim + d] > 0) {
                                bits |= 0x80 >>> k;
                            }
                        }
                        out[row * width + b] = (byte) (bits + offset);
                    }
                }
            }
        }
        return new QuantizedEmbeddings(precision, rows, dim, width, out);
    }
}
