package dev.sentence4j.viz.projection.tsne;

import dev.sentence4j.viz.projection.Parallel;

/**
 * Exact k-nearest neighbours of every row by squared Euclidean distance, as a blocked matrix
 * product: the data is transposed in column blocks of {@value #BLOCK} rows so that the inner loop
 * is an axpy over a block (which the JIT vectorizes) and the block stays in cache while a chunk of
 * query rows passes over it. For unit-length rows the squared distance is {@code 2 - 2 cos}, so
 * the neighbours are the cosine neighbours.
 *
 * @param indices   {@code [n * k]}, row i's neighbours, nearest first, excluding i itself
 * @param distances {@code [n * k]}, their squared distances
 */
public record NearestNeighbors(int n, int k, int[] indices, float[] distances) {
    static final int BLOCK = 256;

    public NearestNeighbors {
        if (indices.length != (long) n * k || distances.length != (long) n * k) {
            throw new IllegalArgumentException("indices and distances must have n * k = " + n + " * " + k
                    + " entries, found " + indices.length + " and " + distances.length);
        }
    }

    /** @param x {@code [n * d]} */
    public static NearestNeighbors exact(float[] x, int n, int d, int k, Parallel parallel) {
        if (k < 1 || k >= n) {
            throw new IllegalArgumentException("k must be in [1, n - 1] = [1, " + (n - 1) + "], found " + k);
        }
        float[] sq = new float[n]; // [n] squared norms
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int t = 0; t < d; t++) {
                s += x[i * d + t] * (double) x[i * d + t];
            }
            sq[i] = (float) s;
        }
        int blocks = (n + BLOCK - 1) / BLOCK;
        float[][] transposed = new float[blocks][]; // each [d * BLOCK], column-major block of rows
        parallel.forRange(blocks, 1, (from, to) -> {
            for (int b = from; b < to; b++) {
                float[] t = new float[d * BLOCK];
                for (int j = b * BLOCK; j < Math.min(n, (b + 1) * BLOCK); j++) {
                    int jj = j - b * BLOCK;
                    for (int c = 0; c < d; c++) {
                        t[c * BLOCK + jj] = x[j * d + c];
                    }
                }
                transposed[b] = t;
            }
        });
        // Each pair of row blocks (a, b), b >= a, is computed once and offered to the heaps of both
        // rows: half the products of a full pass. Tiles are swept by block offset o = b - a; within
        // a sweep, tiles whose (a / o) has the same parity touch disjoint row blocks, so they run in
        // parallel without sharing a heap. A heap keeps the k smallest (distance, index) pairs,
        // which does not depend on the order of offers, so the result is deterministic.
        int[][] heapIdx = new int[n][k];
        float[][] heapDist = new float[n][k];
        int[] size = new int[n];
        for (int o = 0; o < blocks; o++) {
            for (int phase = 0; phase < (o == 0 ? 1 : 2); phase++) {
                int offset = o;
                int parity = phase;
                int[] tiles = java.util.stream.IntStream.range(0, blocks - o)
                        .filter(a -> offset == 0 || (a / offset) % 2 == parity).toArray();
                parallel.forRange(tiles.length, 1, (from, to) -> {
                    float[][] dots = new float[4][BLOCK]; // [4][BLOCK] four query rows at a time
                    for (int t = from; t < to; t++) {
                        tile(x, d, n, k, sq, transposed, tiles[t], tiles[t] + offset, dots, heapIdx, heapDist, size);
                    }
                });
            }
        }
        int[] indices = new int[n * k];
        float[] distances = new float[n * k];
        parallel.forRange(n, 256, (from, to) -> {
            for (int r = from; r < to; r++) {
                sortAscending(heapIdx[r], heapDist[r], k);
                System.arraycopy(heapIdx[r], 0, indices, r * k, k);
                System.arraycopy(heapDist[r], 0, distances, r * k, k);
            }
        });
        return new NearestNeighbors(n, k, indices, distances);
    }

    /** Distances between the rows of blocks a and b, offered to both rows' heaps. */
    private static void tile(float[] x, int d, int n, int k, float[] sq, float[][] transposed, int a, int b,
            float[][] dots, int[][] heapIdx, float[][] heapDist, int[] size) {
        int i0 = a * BLOCK;
        int i1 = Math.min(n, i0 + BLOCK);
        int j0 = b * BLOCK;
        int width = Math.min(BLOCK, n - j0);
        float[] t = transposed[b];
        for (int i = i0; i < i1; i += 4) {
            int m = Math.min(4, i1 - i);
            for (float[] row : dots) {
                java.util.Arrays.fill(row, 0f);
            }
            dots4(x, d, i, m, t, dots);
            for (int q = 0; q < m; q++) {
                int row = i + q;
                float[] dq = dots[q];
                for (int jj = 0; jj < width; jj++) {
                    int j = j0 + jj;
                    if (j == row) {
                        continue;
                    }
                    float dist = Math.max(0f, sq[row] + sq[j] - 2 * dq[jj]);
                    offer(heapIdx[row], heapDist[row], size, row, k, j, dist);
                    if (a != b) {
                        offer(heapIdx[j], heapDist[j], size, j, k, row, dist);
                    }
                }
            }
        }
    }

    /**
     * Dot products of up to four rows {@code x[i..i+m)} with the {@link #BLOCK} rows of a transposed
     * block: each block value is loaded once for four rows, and the inner loops are axpys the JIT
     * vectorizes.
     */
    private static void dots4(float[] x, int d, int i, int m, float[] t, float[][] dots) {
        float[] d0 = dots[0], d1 = dots[1], d2 = dots[2], d3 = dots[3];
        if (m == 4) {
            int o0 = i * d, o1 = o0 + d, o2 = o1 + d, o3 = o2 + d;
            for (int c = 0; c < d; c++) {
                float a0 = x[o0 + c], a1 = x[o1 + c], a2 = x[o2 + c], a3 = x[o3 + c];
                int base = c * BLOCK;
                for (int jj = 0; jj < BLOCK; jj++) {
                    float v = t[base + jj];
                    d0[jj] += a0 * v;
                    d1[jj] += a1 * v;
                    d2[jj] += a2 * v;
                    d3[jj] += a3 * v;
                }
            }
            return;
        }
        for (int q = 0; q < m; q++) {
            int o = (i + q) * d;
            float[] dq = dots[q];
            for (int c = 0; c < d; c++) {
                float a = x[o + c];
                int base = c * BLOCK;
                for (int jj = 0; jj < BLOCK; jj++) {
                    dq[jj] += a * t[base + jj];
                }
            }
        }
    }

    /** Max-heap on (distance, index): the worst kept neighbour at the root. */
    private static void offer(int[] idx, float[] dist, int[] sizes, int r, int k, int j, float dj) {
        int size = sizes[r];
        if (size < k) {
            int c = size++;
            sizes[r] = size;
            while (c > 0) {
                int p = (c - 1) >> 1;
                if (!worse(dj, j, dist[p], idx[p])) {
                    break;
                }
                idx[c] = idx[p];
                dist[c] = dist[p];
                c = p;
            }
            idx[c] = j;
            dist[c] = dj;
            return;
        }
        if (!worse(dist[0], idx[0], dj, j)) {
            return;
        }
        int c = 0;
        while (true) {
            int l = 2 * c + 1;
            if (l >= k) {
                break;
            }
            int m = l + 1 < k && worse(dist[l + 1], idx[l + 1], dist[l], idx[l]) ? l + 1 : l;
            if (!worse(dist[m], idx[m], dj, j)) {
                break;
            }
            idx[c] = idx[m];
            dist[c] = dist[m];
            c = m;
        }
        idx[c] = j;
        dist[c] = dj;
    }

    private static boolean worse(float da, int ia, float db, int ib) {
        return da > db || (da == db && ia > ib);
    }

    private static void sortAscending(int[] idx, float[] dist, int k) {
        // Insertion sort is fine for k ~ 90 and keeps ties ordered by index.
        for (int a = 1; a < k; a++) {
            int ia = idx[a];
            float da = dist[a];
            int b = a - 1;
            while (b >= 0 && worse(dist[b], idx[b], da, ia)) {
                idx[b + 1] = idx[b];
                dist[b + 1] = dist[b];
                b--;
            }
            idx[b + 1] = ia;
            dist[b + 1] = da;
        }
    }
}
