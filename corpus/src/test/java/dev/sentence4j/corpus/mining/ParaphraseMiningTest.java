package dev.sentence4j.corpus.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.similarity.Similarity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed cases of ST's paraphrase_mining_embeddings semantics. */
class ParaphraseMiningTest {
    // cosines: 0-1 0.8, 0-2 0, 0-3 -1, 1-2 0.6, 1-3 -0.8, 2-3 0
    private static final Embeddings FOUR = Embeddings.of(List.of(
            new float[] {1, 0}, new float[] {0.8f, 0.6f}, new float[] {0, 1}, new float[] {-1, 0}));

    @Test
    void topOneKeepsEachRowsBestPartnerDeduplicated() {
        List<ScoredPair> pairs = ParaphraseMining.mine(FOUR, Similarity.COSINE, 1, 500_000);
        assertThat(pairs).extracting(ScoredPair::i, ScoredPair::j)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(1, 2),
                        org.assertj.core.groups.Tuple.tuple(2, 3));
        assertThat(pairs.get(0).score()).isCloseTo(0.8f, within(1e-6f));
        assertThat(pairs.get(1).score()).isCloseTo(0.6f, within(1e-6f));
    }

    @Test
    void allPairsAboveMinusOneBestFirstTiesByIndex() {
        List<ScoredPair> pairs = ParaphraseMining.mine(FOUR, Similarity.COSINE, 100, 500_000);
        // 0-3 scores exactly -1, which is not > ST's initial min_score of -1
        assertThat(pairs).extracting(p -> p.i() + "-" + p.j()).containsExactly("0-1", "1-2", "0-2", "2-3", "1-3");
        assertThat(pairs).isSortedAccordingTo(ParaphraseMining.ORDER);
    }

    @Test
    void maxPairsEvictsTheLowestAndRaisesTheMinimumAsStDoes() {
        // Directed adds: (0.8,0,1), (0,0,2) -> full at 2, evict (0,0,2), min 0; (0.8,1,0) -> evict (0.8,0,1), min 0.8;
        // nothing else beats 0.8. Left: (0.8,1,0), reported as (0,1).
        List<ScoredPair> pairs = ParaphraseMining.mine(FOUR, Similarity.COSINE, 3, 2);
        assertThat(pairs).extracting(p -> p.i() + "-" + p.j()).containsExactly("0-1");
    }

    @Test
    void topIndicesIsTheHeadOfAFullSort() {
        float[] scores = {0.5f, 0.9f, 0.5f, -1f, 0.9f, 0.1f};
        assertThat(ParaphraseMining.topIndices(scores, 4, new Integer[6])).containsExactly(1, 4, 0, 2);
        assertThat(ParaphraseMining.topIndices(scores, 6, new Integer[6])).containsExactly(1, 4, 0, 2, 5, 3);
    }
}
