package dev.sentence4j.core.quantization;

import java.util.Arrays;
import java.util.Objects;

/**
 * Quantized embeddings, one row per input.
 *
 * @param dimension   width of the float vectors they came from
 * @param bytesPerRow {@link Precision#bytesPerRow(int)} of {@code dimension}
 * @param data        {@code [rows * bytesPerRow]}; for uint8 and ubinary read bytes unsigned ({@link #value})
 */
public record QuantizedEmbeddings(Precision precision, int rows, int dimension, int bytesPerRow, byte[] data) {
    public QuantizedEmbeddings {
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(data, "data");
        if (precision == Precision.FLOAT32) {
            throw new IllegalArgumentException("float32 embeddings are not quantized; use Embeddings");
        }
        if (bytesPerRow != precision.bytesPerRow(dimension)) {
            throw new IllegalArgumentException("bytesPerRow differs from " + precision.stName() + " of dimension "
                    + dimension + ": " + bytesPerRow + " != " + precision.bytesPerRow(dimension));
        }
        if ((long) rows * bytesPerRow != data.length) {
            throw new IllegalArgumentException("data length differs from rows * bytesPerRow: "
                    + data.length + " != " + rows + " * " + bytesPerRow);
        }
    }

    /** Element {@code col} (a byte index, not a dimension, for binary precisions) of row {@code row}. */
    public int value(int row, int col) {
        Objects.checkIndex(row, rows);
        Objects.checkIndex(col, bytesPerRow);
        byte b = data[row * bytesPerRow + col];
        return precision.unsigned() ? Byte.toUnsignedInt(b) : b;
    }

    /** Row {@code row} as ints (signed or unsigned per the precision). */
    public int[] row(int row) {
        int[] out = new int[bytesPerRow];
        for (int c = 0; c < bytesPerRow; c++) {
            out[c] = value(row, c);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuantizedEmbeddings q && q.precision == precision && q.rows == rows
                && q.dimension == dimension && Arrays.equals(q.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(precision, rows, dimension, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "QuantizedEmbeddings[" + precision.stName() + ", rows=" + rows + ", dimension=" + dimension + "]";
    }
}
