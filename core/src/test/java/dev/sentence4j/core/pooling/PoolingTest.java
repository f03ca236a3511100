package dev.sentence4j.core.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PoolingTest {
    // Two rows, seqLen 3, dim 2. Row 0 has 3 real tokens, row 1 has 2 and one padding token whose
    // values (99, -99) must never show up in a result.
    static final float[] HIDDEN = {
        1, 2, 3, 4, 5, 9, // row 0: t0 (1,2) t1 (3,4) t2 (5,9)
        2, 0, 4, 6, 99, -99 // row 1: t0 (2,0) t1 (4,6) padding
    };
    static final int[] MASK = {1, 1, 1, 1, 1, 0};
    static final TokenEmbeddingBatch BATCH = new TokenEmbeddingBatch(HIDDEN, MASK, 2, 3, 2);

    static float[] pool(PoolingMode... modes) {
        return Pooling.of(2, modes).pool(BATCH);
    }

    @Test
    void cls() {
        assertThat(pool(PoolingMode.CLS)).containsExactly(1, 2, 2, 0);
    }

    @Test
    void mean() {
        // row 0: ((1+3+5)/3, (2+4+9)/3) = (3, 5); row 1: ((2+4)/2, (0+6)/2) = (3, 3)
        assertThat(pool(PoolingMode.MEAN)).containsExactly(3, 5, 3, 3);
    }

    @Test
    void max() {
        assertThat(pool(PoolingMode.MAX)).containsExactly(5, 9, 4, 6);
    }

    @Test
    void meanSqrtLen() {
        // row 0: (9, 15) / sqrt(3); row 1: (6, 6) / sqrt(2)
        float[] out = pool(PoolingMode.MEAN_SQRT_LEN_TOKENS);
        float s3 = (float) Math.sqrt(3), s2 = (float) Math.sqrt(2);
        assertThat(out).containsExactly(new float[] {9 / s3, 15 / s3, 6 / s2, 6 / s2}, within(1e-6f));
    }

    @Test
    void weightedMean() {
        // weights 1, 2, 3 by position. row 0: (1*1+3*2+5*3, 2*1+4*2+9*3) / 6 = (22/6, 37/6)
        // row 1: (2*1+4*2, 0*1+6*2) / 3 = (10/3, 4)
        float[] out = pool(PoolingMode.WEIGHTED_MEAN);
        assertThat(out).containsExactly(new float[] {22f / 6, 37f / 6, 10f / 3, 4}, within(1e-6f));
    }

    @Test
    void lastToken() {
        assertThat(pool(PoolingMode.LAST_TOKEN)).containsExactly(5, 9, 4, 6);
    }

    @Test
    void lastTokenWithLeftPadding() {
        TokenEmbeddingBatch left = new TokenEmbeddingBatch(new float[] {99, 99, 1, 2, 3, 4}, new int[] {0, 1, 1}, 1, 3, 2);
        assertThat(Pooling.of(2, PoolingMode.LAST_TOKEN).pool(left)).containsExactly(3, 4);
    }

    @Test
    void severalModesConcatenateInStOrderWhateverTheConfigOrder() {
        Pooling p = new Pooling(List.of(PoolingMode.MEAN, PoolingMode.CLS, PoolingMode.MAX), 2, true);
        assertThat(p.modes()).containsExactly(PoolingMode.CLS, PoolingMode.MAX, PoolingMode.MEAN);
        assertThat(p.outputDimension()).isEqualTo(6);
        assertThat(p.pool(BATCH)).containsExactly(1, 2, 5, 9, 3, 5, /* row 1 */ 2, 0, 4, 6, 3, 3);
    }

    @Test
    void allPaddingRowGivesZerosForMeanNotNaN() {
        TokenEmbeddingBatch empty = new TokenEmbeddingBatch(new float[] {7, 8}, new int[] {0}, 1, 1, 2);
        assertThat(Pooling.of(2, PoolingMode.MEAN).pool(empty)).containsExactly(0, 0);
        assertThat(Pooling.of(2, PoolingMode.WEIGHTED_MEAN).pool(empty)).containsExactly(0, 0);
    }

    @Test
    void paddingNeverChangesAResultAndBatchEqualsSingle() {
        Random rnd = new Random(42);
        int dim = 5;
        for (PoolingMode mode : PoolingMode.values()) {
            Pooling p = Pooling.of(dim, mode);
            for (int trial = 0; trial < 20; trial++) {
                int len = 1 + rnd.nextInt(6);
                float[] tokens = new float[len * dim];
                for (int i = 0; i < tokens.length; i++) {
                    tokens[i] = (float) rnd.nextGaussian();
                }
                int[] fullMask = new int[len];
                java.util.Arrays.fill(fullMask, 1);
                float[] single = p.pool(new TokenEmbeddingBatch(tokens, fullMask, 1, len, dim));
                // same row padded with garbage to a longer length, as row 1 of a batch
                int seq = len + 1 + rnd.nextInt(4);
                float[] hidden = new float[2 * seq * dim];
                int[] mask = new int[2 * seq];
                for (int i = 0; i < hidden.length; i++) {
                    hidden[i] = 1000f * (float) rnd.nextGaussian();
                }
                mask[0] = 1; // row 0: one real token
                System.arraycopy(tokens, 0, hidden, seq * dim, tokens.length);
                java.util.Arrays.fill(mask, seq, seq + len, 1);
                float[] batched = p.pool(new TokenEmbeddingBatch(hidden, mask, 2, seq, dim));
                float[] row1 = java.util.Arrays.copyOfRange(batched, dim, 2 * dim);
                assertThat(row1).as(mode + " trial " + trial).containsExactly(single, within(1e-5f));
            }
        }
    }

    @Test
    void rejectsMismatchedDimension() {
        assertThatThrownBy(() -> Pooling.of(3, PoolingMode.MEAN).pool(BATCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 != 3");
    }

    @Test
    void modeNamesAreTheConfigStrings() {
        assertThat(PoolingMode.fromConfigName("mean_sqrt_len_tokens")).contains(PoolingMode.MEAN_SQRT_LEN_TOKENS);
        assertThat(PoolingMode.fromConfigName("weightedmean")).contains(PoolingMode.WEIGHTED_MEAN);
        assertThat(PoolingMode.fromConfigName("average")).isEmpty();
        assertThat(PoolingMode.validNames()).isEqualTo("cls, max, mean, mean_sqrt_len_tokens, weightedmean, lasttoken");
    }
}
