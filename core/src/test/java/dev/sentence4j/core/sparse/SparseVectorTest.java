package dev.sentence4j.core.sparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sentence4j.core.search.Hit;
import dev.sentence4j.core.similarity.Similarity;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SparseVectorTest {
    private static SparseVector v(int dim, int[] idx, float[] val) {
        return new SparseVector(dim, idx, val);
    }

    @Test
    void dotProductByHand() {
        SparseVector a = v(10, new int[] {1, 3, 7}, new float[] {2f, 1f, 0.5f});
        SparseVector b = v(10, new int[] {0, 3, 7, 9}, new float[] {1f, 4f, 2f, 3f});
        // shared dimensions 3 and 7: 1 * 4 + 0.5 * 2 = 5
        assertThat(a.dot(b)).isEqualTo(5f);
        assertThat(b.dot(a)).isEqualTo(5f);
        assertThat(a.dot(SparseVector.empty(10))).isZero();
        // |a| = sqrt(4 + 1 + 0.25), |b| = sqrt(1 + 16 + 4 + 9): cosine 5 / sqrt(5.25 * 30)
        assertThat(SparseSimilarity.score(Similarity.COSINE, a, b)).isCloseTo((float) (5 / Math.sqrt(5.25 * 30)), within(1e-6f));
        // differences: dim 0: 1, 1: 2, 3: 3, 7: 1.5, 9: 3 -> manhattan 10.5, euclidean sqrt(1 + 4 + 9 + 2.25 + 9)
        assertThat(SparseSimilarity.score(Similarity.MANHATTAN, a, b)).isEqualTo(-10.5f);
        assertThat(SparseSimilarity.score(Similarity.EUCLIDEAN, a, b)).isCloseTo((float) -Math.sqrt(25.25), within(1e-6f));
        assertThat(SparseSimilarity.score(Similarity.COSINE, a, SparseVector.empty(10))).isZero();
    }

    @Test
    void intersectionIsEachSharedDimensionsShareOfTheDotProduct() {
        SparseVector a = v(10, new int[] {1, 3, 7}, new float[] {2f, 1f, 0.5f});
        SparseVector b = v(10, new int[] {0, 3, 7, 9}, new float[] {1f, 4f, 2f, 3f});
        assertThat(a.intersection(b)).isEqualTo(v(10, new int[] {3, 7}, new float[] {4f, 1f}));
        assertThat(b.intersection(a)).isEqualTo(a.intersection(b));
        assertThat(a.intersection(SparseVector.empty(10)).size()).isZero();
        // 1e-30 * 1e-30 underflows to 0 in float: dropped, not an invalid entry
        SparseVector tiny = v(10, new int[] {3}, new float[] {1e-30f});
        assertThat(tiny.intersection(tiny).size()).isZero();
    }

    @Test
    void searchRanksByScoreThenCorpusRow() {
        SparseVector q = v(4, new int[] {1}, new float[] {1f});
        List<SparseVector> corpus = List.of(v(4, new int[] {1}, new float[] {2f}), v(4, new int[] {2}, new float[] {5f}),
                v(4, new int[] {1, 2}, new float[] {2f, 9f}), v(4, new int[] {1}, new float[] {3f}));
        // dot products 2, 0, 2, 3: row 3 first, then the tie between rows 0 and 2 in row order
        assertThat(SparseSearch.search(q, corpus, 3, Similarity.DOT))
                .containsExactly(new Hit(3, 3f), new Hit(0, 2f), new Hit(2, 2f));
        assertThat(SparseSearch.search(q, corpus, 10, Similarity.DOT)).hasSize(4).last().isEqualTo(new Hit(1, 0f));
        assertThatThrownBy(() -> SparseSearch.search(q, corpus, 0, Similarity.DOT)).hasMessageContaining("topK");
    }

    @Test
    void everySimilarityAgreesWithTheDenseOneOnRandomVectors() {
        Random r = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            int dim = 1 + r.nextInt(60);
            float[] a = randomDense(r, dim);
            float[] b = randomDense(r, dim);
            for (Similarity fn : Similarity.values()) {
                float dense = fn.score(a, b);
                assertThat(SparseSimilarity.score(fn, SparseVector.fromDense(a), SparseVector.fromDense(b)))
                        .as(fn + " dim " + dim).isCloseTo(dense, within(1e-5f * Math.max(1, Math.abs(dense))));
            }
        }
    }

    private static float[] randomDense(Random r, int dim) {
        float[] out = new float[dim];
        for (int i = 0; i < dim; i++) {
            out[i] = r.nextFloat() < 0.3 ? r.nextFloat() * 3 : 0f;
        }
        return out;
    }

    @Test
    void differentDimensionsAreRefused() {
        assertThatThrownBy(() -> SparseVector.empty(10).dot(SparseVector.empty(11)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("vector dimensions differ: 10!=11");
    }

    @Test
    void constructorNamesTheBadEntry() {
        assertThatThrownBy(() -> v(10, new int[] {1, 1}, new float[] {1f, 1f}))
                .hasMessageContaining("indices[1]").hasMessageContaining("strictly ascending").hasMessageContaining("1 after 1");
        assertThatThrownBy(() -> v(10, new int[] {4, 2}, new float[] {1f, 1f})).hasMessageContaining("indices[1]");
        assertThatThrownBy(() -> v(10, new int[] {10}, new float[] {1f}))
                .hasMessageContaining("indices[0]").hasMessageContaining("[0, 10)").hasMessageContaining("found 10");
        assertThatThrownBy(() -> v(10, new int[] {-1}, new float[] {1f})).hasMessageContaining("found -1");
        assertThatThrownBy(() -> v(10, new int[] {2, 3}, new float[] {1f, 0f}))
                .hasMessageContaining("values[1] (index 3)").hasMessageContaining("> 0").hasMessageContaining("found 0.0");
        assertThatThrownBy(() -> v(10, new int[] {2}, new float[] {Float.NaN})).hasMessageContaining("found NaN");
        assertThatThrownBy(() -> v(10, new int[] {2}, new float[] {1f, 2f})).hasMessageContaining("1!=2");
        assertThatThrownBy(() -> v(0, new int[0], new float[0])).hasMessageContaining("dimension");
    }

    @Test
    void arraysAreCopiedInAndOut() {
        int[] idx = {1, 2};
        float[] val = {1f, 2f};
        SparseVector s = v(5, idx, val);
        idx[0] = 0;
        val[0] = 9f;
        s.indices()[1] = 4;
        s.values()[1] = 7f;
        assertThat(s.indices()).containsExactly(1, 2);
        assertThat(s.values()).containsExactly(1f, 2f);
        assertThat(s.get(2)).isEqualTo(2f);
        assertThat(s.get(3)).isZero();
        assertThat(s.toDense()).containsExactly(0f, 1f, 2f, 0f, 0f);
    }

    @Test
    void topKKeepsTheLargestValuesAndLowerIndicesOnTies() {
        SparseVector s = v(10, new int[] {0, 2, 4, 6, 8}, new float[] {1f, 3f, 2f, 3f, 2f});
        // 3 (at 2), 3 (at 6), then the tie between 2 (at 4) and 2 (at 8): the lower index, 4
        assertThat(s.topK(3)).isEqualTo(v(10, new int[] {2, 4, 6}, new float[] {3f, 2f, 3f}));
        assertThat(s.topK(5)).isSameAs(s);
        assertThat(s.topK(9)).isSameAs(s);
        assertThat(s.topK(0).size()).isZero();
    }

    @Test
    void topKEqualsTheHeadOfAFullSort() {
        Random r = new Random(11);
        for (int trial = 0; trial < 30; trial++) {
            SparseVector s = SparseVector.fromDense(randomDense(r, 200));
            int k = r.nextInt(s.size() + 2);
            SparseVector top = s.topK(k);
            int[] expected = IntStream.range(0, s.size()).boxed()
                    .sorted(Comparator.comparing((Integer i) -> -s.valueAt(i)).thenComparing(i -> i))
                    .limit(k).mapToInt(i -> s.indexAt(i)).sorted().toArray();
            assertThat(top.indices()).as("k=" + k).containsExactly(expected);
            for (int i = 0; i < top.size(); i++) {
                assertThat(top.valueAt(i)).isEqualTo(s.get(top.indexAt(i)));
            }
            assertThat(top.size()).isEqualTo(Math.min(k, s.size()));
            float[] kept = top.values();
            Arrays.sort(kept);
            // nothing dropped is larger than anything kept
            for (int i = 0; i < s.size(); i++) {
                if (top.get(s.indexAt(i)) == 0f && kept.length > 0) {
                    assertThat(s.valueAt(i)).isLessThanOrEqualTo(kept[0]);
                }
            }
        }
    }
}
