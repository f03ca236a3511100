package dev.sentence4j.viz.projection.tsne;

import dev.sentence4j.viz.projection.Parallel;

/**
 * t-SNE's input similarities P as a sparse symmetric matrix in CSR form: for each point a Gaussian
 * over its k nearest neighbours whose bandwidth is found by bisection so that the distribution's
 * perplexity {@code 2^H} equals the target (van der Maaten 2014, "Accelerating t-SNE using
 * tree-based algorithms", section 4.1), then {@code P = (P + P^T) / sum}.
 *
 * @param rowStart {@code [n + 1]}
 * @param columns  {@code [nnz]}, sorted within each row
 * @param values   {@code [nnz]}, summing to 1
 */
public record Affinities(int n, int[] rowStart, int[] columns, double[] values) {
    private static final double TOL = 1e-5;
    private static final int MAX_STEPS = 200;

    public int nnz() {
        return columns.length;
    }

    public static Affinities fromNeighbors(NearestNeighbors nn, double perplexity, Parallel parallel) {
        int n = nn.n();
        int k = nn.k();
        double[] conditional = new double[n * k]; // [n * k] P(j|i) for the i-th row's neighbours
        double target = Math.log(perplexity); // entropy in nats
        parallel.forRange(n, 256, (from, to) -> {
            for (int i = from; i < to; i++) {
                calibrateRow(nn.distances(), i * k, k, target, conditional);
            }
        });
        // Symmetrize: row i gets its own k neighbours and every j that lists i.
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            count[i] += k;
            for (int m = 0; m < k; m++) {
                count[nn.indices()[i * k + m]]++;
            }
        }
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + count[i];
        }
        int[] cols = new int[start[n]];
        double[] vals = new double[start[n]];
        int[] fill = java.util.Arrays.copyOf(start, n);
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < k; m++) {
                int j = nn.indices()[i * k + m];
                double p = conditional[i * k + m];
                cols[fill[i]] = j;
                vals[fill[i]++] = p;
                cols[fill[j]] = i;
                vals[fill[j]++] = p;
            }
        }
        // Sort each row by column and merge duplicates (i lists j and j lists i).
        int[] outStart = new int[n + 1];
        int[][] rowCols = new int[n][];
        double[][] rowVals = new double[n][];
        parallel.forRange(n, 256, (from, to) -> {
            for (int i = from; i < to; i++) {
                int s = start[i];
                int len = start[i + 1] - s;
                long[] keyed = new long[len];
                for (int m = 0; m < len; m++) {
                    keyed[m] = ((long) cols[s + m] << 32) | m;
                }
                java.util.Arrays.sort(keyed);
                int[] rc = new int[len];
                double[] rv = new double[len];
                int out = -1;
                for (int m = 0; m < len; m++) {
                    int c = (int) (keyed[m] >>> 32);
                    double v = vals[s + (int) (keyed[m] & 0xffffffffL)];
                    if (out >= 0 && rc[out] == c) {
                        rv[out] += v;
                    } else {
                        rc[++out] = c;
                        rv[out] = v;
                    }
                }
                rowCols[i] = java.util.Arrays.copyOf(rc, out + 1);
                rowVals[i] = java.util.Arrays.copyOf(rv, out + 1);
            }
        });
        for (int i = 0; i < n; i++) {
            outStart[i + 1] = outStart[i] + rowCols[i].length;
        }
        int[] c = new int[outStart[n]];
        double[] v = new double[outStart[n]];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            System.arraycopy(rowCols[i], 0, c, outStart[i], rowCols[i].length);
            System.arraycopy(rowVals[i], 0, v, outStart[i], rowVals[i].length);
            for (double x : rowVals[i]) {
                sum += x;
            }
        }
        for (int m = 0; m < v.length; m++) {
            v[m] /= sum;
        }
        return new Affinities(n, outStart, c, v);
    }

    /** Bisection on beta = 1 / (2 sigma^2) until the row's entropy is {@code target} nats. */
    private static void calibrateRow(float[] dist, int off, int k, double target, double[] out) {
        double beta = 1;
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        double dmin = dist[off]; // subtracted before exp so that the nearest neighbour never underflows
        for (int step = 0; step < MAX_STEPS; step++) {
            double sum = 0;
            double weighted = 0;
            for (int m = 0; m < k; m++) {
                double dm = dist[off + m] - dmin;
                double p = Math.exp(-beta * dm);
                out[off + m] = p;
                sum += p;
                weighted += dm * p;
            }
            // H = log(sum) + beta * E[d]
            double h = Math.log(sum) + beta * weighted / sum;
            for (int m = 0; m < k; m++) {
                out[off + m] /= sum;
            }
            double diff = h - target;
            if (Math.abs(diff) < TOL) {
                break;
            }
            if (diff > 0) { // too flat: sharpen
                lo = beta;
                beta = hi == Double.POSITIVE_INFINITY ? beta * 2 : (beta + hi) / 2;
            } else {
                hi = beta;
                beta = (beta + lo) / 2;
            }
        }
    }
}
