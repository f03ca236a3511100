package dev.sentence4j.core.normalize;

/**
 * ST's Normalize module: each row divided by its L2 norm, as torch.nn.functional.normalize(p=2,
 * dim=1) with its eps of 1e-12. A zero row stays zero (explicitly: dividing by eps leaves 0).
 */
public final class Normalize {
    static final double EPS = 1e-12;

    private Normalize() {}

    /** Normalizes {@code data} ({@code [rows * dim]}) row by row, in place. */
    public static void l2InPlace(float[] data, int rows, int dim) {
        if (dim <= 0 || (long) rows * dim != data.length) {
            throw new IllegalArgumentException("data length differs from rows * dim: "
                    + data.length + " != " + rows + " * " + dim);
        }
        for (int r = 0; r < rows; r++) {
            int off = r * dim;
            double sq = 0;
            for (int d = 0; d < dim; d++) {
                sq += (double) data[off + d] * data[off + d];
            }
            double norm = Math.sqrt(sq);
            if (norm == 0) {
                continue; // zero vector: nothing to scale
            }
            double scale = 1.0 / Math.max(norm, EPS);
            for (int d = 0; d < dim; d++) {
                data[off + d] = (float) (data[off + d] * scale);
            }
        }
    }

    /** A normalized copy of one vector. */
    public static float[] l2(float[] vector) {
        float[] copy = vector.clone();
        if (copy.length > 0) {
            l2InPlace(copy, 1, copy.length);
        }
        return copy;
    }
}
