package dev.sentence4j.viz.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PcaTest {
    /**
     * Hand-computed: the points (3, 3), (-3, -3), (1, -1), (-1, 1) have mean 0; along
     * u = (1, 1)/sqrt2 they lie at 3sqrt2, -3sqrt2, 0, 0 (variance 36/3 = 12), along
     * v = (1, -1)/sqrt2 at 0, 0, sqrt2, -sqrt2 (variance 4/3). So the first axis is u, the second
     * v, and the explained-variance ratios are 12/(40/3) = 0.9 and 0.1.
     */
    @Test
    void matchesAHandComputedCase() {
        float[] x = {3, 3, -3, -3, 1, -1, -1, 1};
        try (Parallel p = new Parallel(1)) {
            Projection2D r = Pca.project(x, 4, 2, p);
            double s = Math.sqrt(2);
            double[] ex = {3 * s, -3 * s, 0, 0};
            double[] ey = {0, 0, s, -s};
            // Signs are fixed by the largest loading being positive; both loadings of u tie, so
            // accept either sign per axis but the same sign for all points.
            double sx = Math.signum(r.x(0));
            double sy = Math.signum(r.y(2));
            for (int i = 0; i < 4; i++) {
                assertThat((double) r.x(i) * sx).as("x%d", i).isCloseTo(ex[i], within(1e-5));
                assertThat((double) r.y(i) * sy).as("y%d", i).isCloseTo(ey[i], within(1e-5));
            }
            assertThat(r.explained()[0]).isCloseTo(0.9, within(1e-9));
            assertThat(r.explained()[1]).isCloseTo(0.1, within(1e-9));
        }
    }

    @Test
    void axesAreDeterministicAndIndependentOfThreads() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        int n = 2000, d = 13;
        float[] x = new float[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (rnd.nextGaussian() * (1 + i % d));
        }
        try (Parallel one = new Parallel(1); Parallel two = new Parallel(2)) {
            assertThat(Pca.project(x, n, d, one).xy()).isEqualTo(Pca.project(x, n, d, two).xy());
        }
    }

    @Test
    void rejectsTooLittleData() {
        try (Parallel p = new Parallel(1)) {
            assertThatThrownBy(() -> Pca.project(new float[] {1, 2}, 1, 2, p))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("found 1 x 2");
        }
    }
}
