package dev.sentence4j.core.dense;

import java.util.Objects;

/**
 * ST's Dense module: {@code y = activation(W x + b)}.
 *
 * @param weight {@code [outFeatures * inFeatures]}, row-major as torch's nn.Linear stores it
 * @param bias   {@code [outFeatures]}, or null when the layer has no bias
 */
public record Dense(int inFeatures, int outFeatures, float[] weight, float[] bias, Activation activation) {
    public Dense {
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(activation, "activation");
        if (inFeatures <= 0 || outFeatures <= 0) {
            throw new IllegalArgumentException("in/out features must be > 0, found " + inFeatures + ", " + outFeatures);
        }
        if ((long) inFeatures * outFeatures != weight.length) {
            throw new IllegalArgumentException("weight length differs from out_features * in_features: "
                    + weight.length + " != " + outFeatures + " * " + inFeatures);
        }
        if (bias != null && bias.length != outFeatures) {
            throw new IllegalArgumentException("bias length differs from out_features: " + bias.length + " != " + outFeatures);
        }
    }

    /**
     * @param x {@code [rows * inFeatures]}
     * @return {@code [rows * outFeatures]}
     */
    public float[] apply(float[] x, int rows) {
        if ((long) rows * inFeatures != x.length) {
            throw new IllegalArgumentException("input length differs from rows * in_features: "
                    + x.length + " != " + rows + " * " + inFeatures);
        }
        float[] y = new float[rows * outFeatures];
        for (int r = 0; r < rows; r++) {
            int xo = r * inFeatures;
            for (int o = 0; o < outFeatures; o++) {
                int wo = o * inFeatures;
                double sum = bias == null ? 0 : bias[o];
                for (int i = 0; i < inFeatures; i++) {
                    sum += weight[wo + i] * x[xo + i];
                }
                y[r * outFeatures + o] = activation.apply((float) sum);
            }
        }
        return y;
    }
}
