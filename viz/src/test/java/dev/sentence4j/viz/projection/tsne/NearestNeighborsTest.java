package dev.sentence4j.viz.projection.tsne;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sentence4j.viz.projection.Parallel;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NearestNeighborsTest {
    /** Against a full sort of double-precision distances, over awkward sizes around the block of 256. */
    @Test
    void matchesBruteForce() {
        for (int[] nd : new int[][] {{2, 1}, {5, 3}, {257, 13}, {600, 7}, {1030, 4}}) {
            int n = nd[0], d = nd[1];
            int k = Math.min(n - 1, 9);
            SplittableRandom rnd = new SplittableRandom(n * 31L + d);
            float[] x = new float[n * d];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) rnd.nextGaussian();
            }
            try (Parallel one = new Parallel(1); Parallel two = new Parallel(2)) {
                NearestNeighbors a = NearestNeighbors.exact(x, n, d, k, one);
                NearestNeighbors b = NearestNeighbors.exact(x, n, d, k, two);
                assertThat(b.indices()).isEqualTo(a.indices());
                assertThat(b.distances()).isEqualTo(a.distances());
                for (int i = 0; i < n; i++) {
                    int row = i;
                    double[] dist = new double[n];
                    for (int j = 0; j < n; j++) {
                        for (int t = 0; t < d; t++) {
                            double diff = x[row * d + t] - (double) x[j * d + t];
                            dist[j] += diff * diff;
                        }
                    }
                    Integer[] order = IntStream.range(0, n).filter(j -> j != row).boxed().toArray(Integer[]::new);
                    Arrays.sort(order, Comparator.comparingDouble(j -> dist[j]));
                    for (int m = 0; m < k; m++) {
                        int got = a.indices()[i * k + m];
                        // Equal up to float rounding: the m-th distance matches, and the index does
                        // unless two candidates are within rounding of each other.
                        assertThat((double) a.distances()[i * k + m]).as("n=%d row %d rank %d", n, i, m)
                                .isCloseTo(dist[order[m]], within(1e-4 * (1 + dist[order[m]])));
                        if (Math.abs(dist[got] - dist[order[m]]) > 1e-4) {
                            assertThat(got).as("n=%d row %d rank %d", n, i, m).isEqualTo(order[m]);
                        }
                    }
                }
            }
        }
    }
}
