package dev.sentence4j.core.sparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sentence4j.core.pooling.TokenEmbeddingBatch;
import org.junit.jupiter.api.Test;

/**
 * SpladePooling on a batch small enough to compute by hand: 2 tokens x 4 vocabulary entries.
 * The logits are chosen so that log1p of each positive one is a known logarithm
 * (ln 2 = 0.693147, ln 3 = 1.098612, ln 1.5 = 0.405465, ln 4 = 1.386294, ln 6 = 1.791759).
 */
class SpladePoolingTest {
    /** Token 0: [1, -2, 0, 3]; token 1: [2, 0.5, -1, -3]. */
    private static final float[] TWO_TOKENS = {1f, -2f, 0f, 3f, 2f, 0.5f, -1f, -3f}; // [1 * 2 * 4]

    private static SparseVector pool(SpladePoolingStrategy strategy, SpladeActivation activation, float[] logits, int[] mask) {
        TokenEmbeddingBatch batch = new TokenEmbeddingBatch(logits, mask, 1, mask.length, logits.length / mask.length);
        return new SpladePooling(strategy, activation).pool(batch, 0, new SpladePooling.Scratch());
    }

    @Test
    void maxOfLog1pReluOverTokens() {
        SparseVector v = pool(SpladePoolingStrategy.MAX, SpladeActivation.RELU, TWO_TOKENS, new int[] {1, 1});
        // entry 0: max(ln 2, ln 3); entry 1: max(0, ln 1.5); entry 2: relu gives 0 for 0 and -1; entry 3: max(ln 4, 0)
        assertThat(v.dimension()).isEqualTo(4);
        assertThat(v.indices()).containsExactly(0, 1, 3);
        assertThat(v.valueAt(0)).isCloseTo(1.098612f, within(1e-6f));
        assertThat(v.valueAt(1)).isCloseTo(0.405465f, within(1e-6f));
        assertThat(v.valueAt(2)).isCloseTo(1.386294f, within(1e-6f));
    }

    @Test
    void sumOfLog1pReluOverTokens() {
        SparseVector v = pool(SpladePoolingStrategy.SUM, SpladeActivation.RELU, TWO_TOKENS, new int[] {1, 1});
        // entry 0: ln 2 + ln 3 = ln 6
        assertThat(v.indices()).containsExactly(0, 1, 3);
        assertThat(v.valueAt(0)).isCloseTo(1.791759f, within(1e-6f));
        assertThat(v.valueAt(1)).isCloseTo(0.405465f, within(1e-6f));
        assertThat(v.valueAt(2)).isCloseTo(1.386294f, within(1e-6f));
    }

    @Test
    void log1pReluAppliesLog1pTwice() {
        SparseVector v = pool(SpladePoolingStrategy.MAX, SpladeActivation.LOG1P_RELU, TWO_TOKENS, new int[] {1, 1});
        assertThat(v.indices()).containsExactly(0, 1, 3);
        // ln(1 + ln 3) = ln 2.098612 = 0.741276; ln(1 + ln 1.5) = 0.340368; ln(1 + ln 4) = ln 2.386294 = 0.869742
        assertThat(v.valueAt(0)).isCloseTo(0.741276f, within(1e-6f));
        assertThat(v.valueAt(1)).isCloseTo(0.340368f, within(1e-6f));
        assertThat(v.valueAt(2)).isCloseTo(0.869742f, within(1e-6f));
    }

    @Test
    void paddingPositionsDoNotCount() {
        // token 1 is padding: only token 0's logits remain, entry 0 is ln 2 (not ln 3), entry 1 drops out
        SparseVector max = pool(SpladePoolingStrategy.MAX, SpladeActivation.RELU, TWO_TOKENS, new int[] {1, 0});
        assertThat(max.indices()).containsExactly(0, 3);
        assertThat(max.valueAt(0)).isCloseTo(0.693147f, within(1e-6f));
        assertThat(max.valueAt(1)).isCloseTo(1.386294f, within(1e-6f));
        SparseVector sum = pool(SpladePoolingStrategy.SUM, SpladeActivation.RELU, TWO_TOKENS, new int[] {1, 0});
        assertThat(sum).isEqualTo(max);
    }

    @Test
    void anAllPaddingRowIsEmpty() {
        for (SpladePoolingStrategy s : SpladePoolingStrategy.values()) {
            SparseVector v = pool(s, SpladeActivation.RELU, TWO_TOKENS, new int[] {0, 0});
            assertThat(v.size()).as(s.configName()).isZero();
            assertThat(v.dimension()).isEqualTo(4);
        }
    }

    @Test
    void aRowWhoseLogitsAreAllNonPositiveIsEmpty() {
        float[] negative = {-1f, -2f, 0f, -0.001f, -5f, -0f, -1e-30f, -3f};
        for (SpladePoolingStrategy s : SpladePoolingStrategy.values()) {
            assertThat(pool(s, SpladeActivation.RELU, negative, new int[] {1, 1}).size()).as(s.configName()).isZero();
        }
    }

    @Test
    void eachRowOfABatchIsPooledOnItsOwn() {
        // row 0 = the two tokens above; row 1 = token 1 then padding
        float[] logits = new float[2 * 2 * 4];
        System.arraycopy(TWO_TOKENS, 0, logits, 0, 8);
        System.arraycopy(TWO_TOKENS, 4, logits, 8, 4);
        TokenEmbeddingBatch batch = new TokenEmbeddingBatch(logits, new int[] {1, 1, 1, 0}, 2, 2, 4);
        SpladePooling pooling = new SpladePooling(SpladePoolingStrategy.MAX, SpladeActivation.RELU);
        SpladePooling.Scratch scratch = new SpladePooling.Scratch();
        assertThat(pooling.pool(batch, 0, scratch)).isEqualTo(pool(SpladePoolingStrategy.MAX, SpladeActivation.RELU,
                TWO_TOKENS, new int[] {1, 1}));
        SparseVector second = pooling.pool(batch, 1, scratch);
        assertThat(second.indices()).containsExactly(0, 1);
        assertThat(second.valueAt(0)).isCloseTo(1.098612f, within(1e-6f));
        assertThat(second.valueAt(1)).isCloseTo(0.405465f, within(1e-6f));
    }

    @Test
    void configNamesAreSentenceTransformersNames() {
        assertThat(SpladePoolingStrategy.fromConfigName("max")).contains(SpladePoolingStrategy.MAX);
        assertThat(SpladePoolingStrategy.fromConfigName("sum")).contains(SpladePoolingStrategy.SUM);
        assertThat(SpladePoolingStrategy.fromConfigName("mean")).isEmpty();
        assertThat(SpladeActivation.fromConfigName("relu")).contains(SpladeActivation.RELU);
        assertThat(SpladeActivation.fromConfigName("log1p_relu")).contains(SpladeActivation.LOG1P_RELU);
        assertThat(SpladeActivation.fromConfigName("gelu")).isEmpty();
    }
}
