package dev.sentence4j.viz.projection.tsne;

import dev.sentence4j.viz.projection.Parallel;
import dev.sentence4j.viz.projection.Pca;
import dev.sentence4j.viz.projection.Projection2D;
import java.util.SplittableRandom;

/**
 * Barnes-Hut t-SNE to two dimensions with cosine distance (van der Maaten 2014; the gradient
 * descent follows bhtsne's tsne.cpp: early exaggeration, momentum, per-coordinate gains, the
 * embedding re-centred after each step). Cosine distance: rows are normalized to unit length,
 * then squared Euclidean distance is {@code 2 - 2 cos}.
 *
 * <p>Deterministic for a seed: the random start comes from a seeded {@link SplittableRandom}, the
 * parallel loops write only their own points, and every sum over points is taken in index order,
 * so the thread count does not change the result.
 */
public final class BarnesHutTsne {
    private static final int PROGRESS_EVERY = 50;
    private static final double MOMENTUM = 0.5;
    private static final double FINAL_MOMENTUM = 0.8;
    private static final int MOMENTUM_SWITCH = 250;
    private static final int CHUNK = 256;

    private BarnesHutTsne() {}

    /** @param x {@code [n * d]} rows to embed (not modified) */
    public static Projection2D project(float[] x, int n, int d, TsneOptions options, TsneProgress progress) {
        if ((long) n * d != x.length) {
            throw new IllegalArgumentException("data length differs from n * d: " + x.length + " != " + n + " * " + d);
        }
        int k = (int) Math.min(n - 1, Math.floor(3 * options.perplexity()));
        if (n - 1 < 3 * options.perplexity()) {
            throw new IllegalArgumentException("perplexity " + options.perplexity() + " needs more than 3 * perplexity = "
                    + (int) (3 * options.perplexity()) + " points, found " + n + "; lower the perplexity or sample more points");
        }
        try (Parallel parallel = new Parallel(options.threads())) {
            float[] unit = normalizeRows(x, n, d); // [n * d]
            NearestNeighbors nn = NearestNeighbors.exact(unit, n, d, k, parallel);
            progress.report("neighbours", 0, Double.NaN);
            Affinities p = Affinities.fromNeighbors(nn, options.perplexity(), parallel);
            progress.report("affinities", 0, Double.NaN);
            double[] y = initialLayout(unit, n, d, options, parallel); // [n * 2]
            double kl = descend(p, y, options, parallel, progress);
            float[] xy = new float[2 * n];
            for (int i = 0; i < 2 * n; i++) {
                xy[i] = (float) y[i];
            }
            return new Projection2D(n, xy, "tsne", kl, null);
        }
    }

    static float[] normalizeRows(float[] x, int n, int d) {
        float[] out = new float[n * d];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int t = 0; t < d; t++) {
                s += x[i * d + t] * (double) x[i * d + t];
            }
            // A zero row stays zero: it is at distance 1 (cosine 0) from every unit row.
            double inv = s == 0 ? 0 : 1 / Math.sqrt(s);
            for (int t = 0; t < d; t++) {
                out[i * d + t] = (float) (x[i * d + t] * inv);
            }
        }
        return out;
    }

    private static double[] initialLayout(float[] unit, int n, int d, TsneOptions options, Parallel parallel) {
        double[] y = new double[2 * n];
        if (options.pcaInit() && n > 2 && d >= 2) {
            Projection2D pca = Pca.project(unit, n, d, parallel);
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += pca.x(i) * (double) pca.x(i);
            }
            double std = Math.sqrt(s / n);
            double scale = std == 0 ? 0 : 1e-4 / std;
            for (int i = 0; i < 2 * n; i++) {
                y[i] = pca.xy()[i] * scale;
            }
            // A tiny seeded jitter separates exact duplicates (e.g. identical rows).
            SplittableRandom random = new SplittableRandom(options.seed());
            for (int i = 0; i < 2 * n; i++) {
                y[i] += 1e-8 * random.nextGaussian();
            }
        } else {
            SplittableRandom random = new SplittableRandom(options.seed());
            for (int i = 0; i < 2 * n; i++) {
                y[i] = 1e-4 * random.nextGaussian();
            }
        }
        return y;
    }

    private static double descend(Affinities p, double[] y, TsneOptions options, Parallel parallel, TsneProgress progress) {
        int n = p.n();
        double eta = options.learningRateFor(n);
        double[] gains = new double[2 * n];
        java.util.Arrays.fill(gains, 1.0);
        double[] update = new double[2 * n]; // [n * 2]
        double[] attract = new double[2 * n];
        double[] repulse = new double[2 * n];
        double[] zShare = new double[n];
        for (int iter = 0; iter < options.iterations(); iter++) {
            double exaggeration = iter < options.exaggerationIterations() ? options.exaggeration() : 1;
            double momentum = iter < MOMENTUM_SWITCH ? MOMENTUM : FINAL_MOMENTUM;
            double z = forces(p, y, options.theta(), parallel, attract, repulse, zShare);
            if (iter % PROGRESS_EVERY == 0) {
                progress.report("gradient descent", iter, klDivergence(p, y, z));
            }
            for (int t = 0; t < 2 * n; t++) {
                double grad = exaggeration * attract[t] - repulse[t] / z;
                // bhtsne: gains grow where the gradient's sign disagrees with the last update's.
                gains[t] = Math.signum(grad) != Math.signum(update[t]) ? gains[t] + 0.2 : gains[t] * 0.8;
                if (gains[t] < 0.01) {
                    gains[t] = 0.01;
                }
                update[t] = momentum * update[t] - eta * gains[t] * grad;
                y[t] += update[t];
            }
            center(y, n);
        }
        double z = forces(p, y, options.theta(), parallel, attract, repulse, zShare);
        double kl = klDivergence(p, y, z);
        progress.report("gradient descent", options.iterations(), kl);
        return kl;
    }

    /**
     * Fills the attractive force {@code sum_j p_ij q_ij Z (y_i - y_j)} and the unnormalized repulsive
     * force of every point, and returns Z; both per point, Z summed in index order.
     */
    private static double forces(Affinities p, double[] y, double theta, Parallel parallel, double[] attract,
            double[] repulse, double[] zShare) {
        int n = p.n();
        QuadTree tree = new QuadTree(y, n);
        int[] rowStart = p.rowStart();
        int[] cols = p.columns();
        double[] vals = p.values();
        parallel.forRange(n, CHUNK, (from, to) -> {
            int[] stack = QuadTree.newStack();
            double[] f = new double[2];
            for (int i = from; i < to; i++) {
                double yx = y[2 * i], yy = y[2 * i + 1];
                double ax = 0, ay = 0;
                for (int m = rowStart[i]; m < rowStart[i + 1]; m++) {
                    int j = cols[m];
                    double dx = yx - y[2 * j], dy = yy - y[2 * j + 1];
                    double q = vals[m] / (1 + dx * dx + dy * dy);
                    ax += q * dx;
                    ay += q * dy;
                }
                attract[2 * i] = ax;
                attract[2 * i + 1] = ay;
                f[0] = 0;
                f[1] = 0;
                zShare[i] = tree.repulsion(i, theta, f, stack);
                repulse[2 * i] = f[0];
                repulse[2 * i + 1] = f[1];
            }
        });
        double z = 0;
        for (int i = 0; i < n; i++) {
            z += zShare[i];
        }
        return z;
    }

    /** {@code KL(P || Q) = sum p_ij log(p_ij / q_ij)} over P's non-zeros; Z from the tree. */
    static double klDivergence(Affinities p, double[] y, double z) {
        double kl = 0;
        int[] rowStart = p.rowStart();
        for (int i = 0; i < p.n(); i++) {
            for (int m = rowStart[i]; m < rowStart[i + 1]; m++) {
                int j = p.columns()[m];
                double pij = p.values()[m];
                if (pij <= 0) {
                    continue;
                }
                double dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1];
                double q = 1 / (1 + dx * dx + dy * dy) / z;
                kl += pij * Math.log(pij / Math.max(q, Double.MIN_NORMAL));
            }
        }
        return kl;
    }

    private static void center(double[] y, int n) {
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += y[2 * i];
            my += y[2 * i + 1];
        }
        mx /= n;
        my /= n;
        for (int i = 0; i < n; i++) {
            y[2 * i] -= mx;
            y[2 * i + 1] -= my;
        }
    }
}
