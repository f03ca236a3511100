package dev.sentence4j.core.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sentence4j.core.Embeddings;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimilarityTest {
    static final float[] A = {1, 2, 2};  // norm 3
    static final float[] B = {2, 0, -1}; // norm sqrt 5

    @Test
    void handComputedValuesWithStSigns() {
        // dot = 2 + 0 - 2 = 0
        assertThat(Similarity.DOT.score(A, B)).isEqualTo(0f);
        assertThat(Similarity.COSINE.score(A, new float[] {2, 4, 4})).isCloseTo(1f, within(1e-6f));
        assertThat(Similarity.COSINE.score(A, new float[] {1, 0, 0})).isCloseTo(1f / 3, within(1e-6f));
        // euclidean: sqrt(1 + 4 + 9) = sqrt 14, negated as ST's euclidean_sim
        assertThat(Similarity.EUCLIDEAN.score(A, B)).isCloseTo((float) -Math.sqrt(14), within(1e-6f));
        // manhattan: 1 + 2 + 3 = 6, negated
        assertThat(Similarity.MANHATTAN.score(A, B)).isEqualTo(-6f);
    }

    @Test
    void cosineWithZeroVectorIsZero() {
        assertThat(Similarity.COSINE.score(A, new float[3])).isEqualTo(0f);
    }

    @Test
    void cosineIsSymmetricAndBounded() {
        Random rnd = new Random(1);
        for (int i = 0; i < 200; i++) {
            int dim = 1 + rnd.nextInt(40);
            float[] x = new float[dim], y = new float[dim];
            for (int d = 0; d < dim; d++) {
                x[d] = (float) rnd.nextGaussian();
                y[d] = (float) rnd.nextGaussian();
            }
            float xy = Similarity.COSINE.score(x, y);
            assertThat(xy).isEqualTo(Similarity.COSINE.score(y, x));
            assertThat(xy).isBetween(-1.000001f, 1.000001f);
        }
    }

    @Test
    void oneAgainstManyAndMatrixAgreeWithPairwise() {
        Embeddings m = new Embeddings(3, 3, new float[] {1, 2, 2, 2, 0, -1, 0, 1, 0});
        for (Similarity s : Similarity.values()) {
            float[] one = s.scores(A, m);
            float[] all = s.matrix(m, m);
            for (int j = 0; j < 3; j++) {
                assertThat(one[j]).isEqualTo(s.score(A, m.row(j)));
                for (int i = 0; i < 3; i++) {
                    assertThat(all[i * 3 + j]).isEqualTo(s.score(m.row(i), m.row(j)));
                }
            }
        }
    }

    @Test
    void mismatchedDimensionsSayBoth() {
        assertThatThrownBy(() -> Similarity.COSINE.score(new float[3], new float[4]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3!=4");
    }

    @Test
    void configNames() {
        assertThat(Similarity.fromConfigName("dot")).contains(Similarity.DOT);
        assertThat(Similarity.fromConfigName("dot_product")).contains(Similarity.DOT);
        assertThat(Similarity.fromConfigName("cosine")).contains(Similarity.COSINE);
        assertThat(Similarity.fromConfigName("jaccard")).isEmpty();
    }
}
