package dev.sentence4j.viz.projection;

import java.util.Objects;

/**
 * Points projected to the plane.
 *
 * @param xy           {@code [n * 2]}, point {@code i} at {@code (xy[2i], xy[2i+1])}
 * @param method       "tsne" or "pca"
 * @param klDivergence t-SNE's final KL(P || Q), NaN for PCA
 * @param explained    PCA's explained-variance ratio of the two axes, {@code [2]}; null for t-SNE
 */
public record Projection2D(int n, float[] xy, String method, double klDivergence, double[] explained) {
    public Projection2D {
        Objects.requireNonNull(xy, "xy");
        Objects.requireNonNull(method, "method");
        if (xy.length != 2L * n) {
            throw new IllegalArgumentException("xy length differs from 2 * n: " + xy.length + " != 2 * " + n);
        }
    }

    public float x(int i) {
        return xy[2 * i];
    }

    public float y(int i) {
        return xy[2 * i + 1];
    }
}
