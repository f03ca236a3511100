package dev.sentence4j.viz.projection;

import java.util.Arrays;

/**
 * Principal component analysis to two dimensions: the covariance matrix of the centred rows,
 * its two leading eigenvectors by orthogonal (subspace) iteration, and the rows projected on
 * them. Each axis' sign is fixed so that its largest-magnitude loading is positive, so the result
 * is deterministic.
 */
public final class Pca {
    private static final int MAX_ITER = 500;
    private static final double TOL = 1e-10;

    private Pca() {}

    /** Projects the {@code n} rows of {@code x} ({@code [n * d]}) on their first two principal axes. */
    public static Projection2D project(float[] x, int n, int d, Parallel parallel) {
        double[] axes = axes(x, n, d, parallel); // [2 * d]
        double[] mean = mean(x, n, d);
        float[] xy = new float[2 * n];
        parallel.forRange(n, 1024, (from, to) -> {
            for (int i = from; i < to; i++) {
                double a = 0, b = 0;
                for (int k = 0; k < d; k++) {
                    double v = x[i * d + k] - mean[k];
                    a += v * axes[k];
                    b += v * axes[d + k];
                }
                xy[2 * i] = (float) a;
                xy[2 * i + 1] = (float) b;
            }
        });
        double[] cov = covariance(x, n, d, parallel);
        double total = 0;
        for (int k = 0; k < d; k++) {
            total += cov[k * d + k];
        }
        double[] explained = new double[2];
        for (int c = 0; c < 2; c++) {
            double[] v = Arrays.copyOfRange(axes, c * d, (c + 1) * d);
            explained[c] = total == 0 ? 0 : dot(v, multiply(cov, v, d)) / total;
        }
        return new Projection2D(n, xy, "pca", Double.NaN, explained);
    }

    /** The first two principal axes, unit length, {@code [2 * d]}. */
    public static double[] axes(float[] x, int n, int d, Parallel parallel) {
        if (n < 2 || d < 2) {
            throw new IllegalArgumentException("PCA to 2 dimensions needs at least 2 rows of at least 2 columns, found "
                    + n + " x " + d);
        }
        if ((long) n * d != x.length) {
            throw new IllegalArgumentException("data length differs from n * d: " + x.length + " != " + n + " * " + d);
        }
        double[] cov = covariance(x, n, d, parallel);
        // Start from fixed, distinct vectors so the iteration is deterministic.
        double[] u = new double[d];
        double[] v = new double[d];
        for (int k = 0; k < d; k++) {
            u[k] = 1.0 + k * 1e-3;
            v[k] = (k % 2 == 0 ? 1.0 : -1.0) + k * 1e-3;
        }
        orthonormalize(u, v);
        for (int it = 0; it < MAX_ITER; it++) {
            double[] nu = multiply(cov, u, d);
            double[] nv = multiply(cov, v, d);
            orthonormalize(nu, nv);
            double change = Math.abs(1 - Math.abs(dot(nu, u))) + Math.abs(1 - Math.abs(dot(nv, v)));
            u = nu;
            v = nv;
            if (change < TOL) {
                break;
            }
        }
        // Order by eigenvalue (Rayleigh quotient), then fix signs.
        if (dot(v, multiply(cov, v, d)) > dot(u, multiply(cov, u, d))) {
            double[] t = u;
            u = v;
            v = t;
        }
        fixSign(u);
        fixSign(v);
        double[] out = new double[2 * d];
        System.arraycopy(u, 0, out, 0, d);
        System.arraycopy(v, 0, out, d, d);
        return out;
    }

    static double[] mean(float[] x, int n, int d) {
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                mean[k] += x[i * d + k];
            }
        }
        for (int k = 0; k < d; k++) {
            mean[k] /= n;
        }
        return mean;
    }

    /** Sample covariance {@code [d * d]}; per-chunk partial sums are added in chunk order. */
    static double[] covariance(float[] x, int n, int d, Parallel parallel) {
        double[] mean = mean(x, n, d);
        int chunk = 512;
        int chunks = (n + chunk - 1) / chunk;
        double[][] partial = new double[chunks][];
        parallel.forRange(chunks, 1, (from, to) -> {
            for (int c = from; c < to; c++) {
                double[] acc = new double[d * d];
                double[] row = new double[d];
                for (int i = c * chunk; i < Math.min(n, (c + 1) * chunk); i++) {
                    for (int k = 0; k < d; k++) {
                        row[k] = x[i * d + k] - mean[k];
                    }
                    for (int a = 0; a < d; a++) {
                        double ra = row[a];
                        int base = a * d;
                        for (int b = a; b < d; b++) {
                            acc[base + b] += ra * row[b];
                        }
                    }
                }
                partial[c] = acc;
            }
        });
        double[] cov = new double[d * d];
        for (double[] p : partial) {
            for (int i = 0; i < cov.length; i++) {
                cov[i] += p[i];
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                double v = cov[a * d + b] / (n - 1);
                cov[a * d + b] = v;
                cov[b * d + a] = v;
            }
        }
        return cov;
    }

    private static double[] multiply(double[] m, double[] v, int d) {
        double[] out = new double[d];
        for (int a = 0; a < d; a++) {
            double s = 0;
            for (int b = 0; b < d; b++) {
                s += m[a * d + b] * v[b];
            }
            out[a] = s;
        }
        return out;
    }

    private static void orthonormalize(double[] u, double[] v) {
        scale(u, 1 / norm(u));
        double p = dot(u, v);
        for (int k = 0; k < v.length; k++) {
            v[k] -= p * u[k];
        }
        double nv = norm(v);
        if (nv == 0) {
            throw new IllegalArgumentException("PCA: the data has rank below 2");
        }
        scale(v, 1 / nv);
    }

    private static void fixSign(double[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) {
            if (Math.abs(v[k]) > Math.abs(v[best])) {
                best = k;
            }
        }
        if (v[best] < 0) {
            scale(v, -1);
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static void scale(double[] a, double f) {
        for (int k = 0; k < a.length; k++) {
            a[k] *= f;
        }
    }
}
