package dev.sentence4j.viz.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.viz.SharedModel;
import dev.sentence4j.viz.embedding.WordEmbeddingMatrix;
import dev.sentence4j.viz.projection.tsne.BarnesHutTsne;
import dev.sentence4j.viz.projection.tsne.TsneOptions;
import dev.sentence4j.viz.projection.tsne.TsneProgress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarnesHutTsneTest {
    /** 400 vocabulary rows: big enough for the tree and the neighbour blocks, small enough to be quick. */
    static float[] sample(int n) {
        WordEmbeddingMatrix m = SharedModel.matrix();
        return Arrays.copyOfRange(m.data(), 2000 * m.dimension(), (2000 + n) * m.dimension());
    }

    @Test
    void sameSeedSameMapForAnyThreadCount() {
        float[] x = sample(400);
        TsneOptions o = TsneOptions.defaults().withIterations(300).withSeed(7);
        Projection2D one = BarnesHutTsne.project(x, 400, 384, o.withThreads(1), TsneProgress.NONE);
        Projection2D two = BarnesHutTsne.project(x, 400, 384, o.withThreads(2), TsneProgress.NONE);
        assertThat(two.xy()).isEqualTo(one.xy());
        assertThat(two.klDivergence()).isEqualTo(one.klDivergence());
        Projection2D random = BarnesHutTsne.project(x, 400, 384, o.withPcaInit(false), TsneProgress.NONE);
        Projection2D otherSeed = BarnesHutTsne.project(x, 400, 384, o.withPcaInit(false).withSeed(8), TsneProgress.NONE);
        assertThat(otherSeed.xy()).isNotEqualTo(random.xy());
    }

    @Test
    void klDivergenceFallsAndNeighboursStayNeighbours() {
        // Two well-separated clusters of 100 points each in 10-D must come out as two clusters.
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        int n = 200, d = 10;
        float[] x = new float[n * d];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < d; t++) {
                double centre = (i < 100) == (t < 5) ? 1 : 0; // cosine-distant directions
                x[i * d + t] = (float) (centre + 0.05 * rnd.nextGaussian());
            }
        }
        List<Double> kls = new ArrayList<>();
        Projection2D p = BarnesHutTsne.project(x, n, d, TsneOptions.defaults().withIterations(400).withPerplexity(20),
                (stage, it, kl) -> {
                    if (!Double.isNaN(kl)) {
                        kls.add(kl);
                    }
                });
        assertThat(kls.getLast()).isLessThan(kls.getFirst());
        assertThat(p.klDivergence()).isEqualTo(kls.getLast());
        // Every point is closer to its own cluster's centroid than to the other's.
        double[] c0 = centroid(p, 0, 100), c1 = centroid(p, 100, 200);
        for (int i = 0; i < n; i++) {
            double d0 = dist(p, i, c0), d1 = dist(p, i, c1);
            assertThat(i < 100 ? d0 < d1 : d1 < d0).as("point %d", i).isTrue();
        }
    }

    @Test
    void rejectsAPerplexityTooLargeForTheSample() {
        assertThatThrownBy(() -> BarnesHutTsne.project(new float[50 * 4], 50, 4, TsneOptions.defaults(), TsneProgress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs more than 3 * perplexity = 90")
                .hasMessageContaining("found 50");
    }

    static double[] centroid(Projection2D p, int from, int to) {
        double x = 0, y = 0;
        for (int i = from; i < to; i++) {
            x += p.x(i);
            y += p.y(i);
        }
        return new double[] {x / (to - from), y / (to - from)};
    }

    static double dist(Projection2D p, int i, double[] c) {
        return Math.hypot(p.x(i) - c[0], p.y(i) - c[1]);
    }
}
