package dev.sentence4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BatchesTest {
    @Test
    void longestFirstIsStable() {
        assertThat(Batches.longestFirst(new int[] {3, 7, 3, 9, 7})).containsExactly(3, 1, 4, 0, 2);
        assertThat(Batches.longestFirst(new int[0])).isEmpty();
    }

    /** A SPLADE run's logits (positions x vocabulary floats) stay within 64 MiB: 549 positions of BERT's 30522. */
    @Test
    void tokenBudgetBoundsTheOutputBytes() {
        assertThat(Batches.tokenBudget(30522)).isEqualTo(549);
        assertThat(549L * 30522 * 4).isLessThanOrEqualTo(64L << 20);
        assertThat(550L * 30522 * 4).isGreaterThan(64L << 20);
        assertThat(Batches.tokenBudget(250_002)).isEqualTo(67); // XLM-R's vocabulary
        assertThat(Batches.tokenBudget(384)).isEqualTo(Batches.TOKEN_BUDGET); // a dense model's hidden states: the usual budget
        assertThat(Batches.tokenBudget(Integer.MAX_VALUE)).isEqualTo(1);
        assertThatThrownBy(() -> Batches.tokenBudget(0)).hasMessageContaining("outputWidth must be > 0, found 0");
    }

    @Test
    void runsKeepEveryRowOnceInOrderWithinTheBudget() {
        Random random = new Random(9);
        for (int trial = 0; trial < 200; trial++) {
            int[] lengths = random.ints(1 + random.nextInt(60), 1, 300).toArray();
            int[] order = Batches.longestFirst(lengths);
            int budget = 1 + random.nextInt(4096);
            List<int[]> runs = Batches.runs(order, lengths, budget);
            List<Integer> flat = new ArrayList<>();
            for (int[] run : runs) {
                assertThat(run).isNotEmpty();
                // padded size = rows * longest (the first row), attention = rows * longest^2:
                // within both budgets unless a single row
                long longest = lengths[run[0]];
                assertThat(run.length == 1 || run.length * longest <= budget
                        && run.length * longest * longest <= Batches.ATTENTION_BUDGET)
                        .as("run %s of lengths %s, budget %d", Arrays.toString(run), Arrays.toString(lengths), budget).isTrue();
                for (int i : run) {
                    flat.add(i);
                }
            }
            assertThat(flat).containsExactlyElementsOf(Arrays.stream(order).boxed().toList());
        }
    }

    @Test
    void shortInputsStayInOneRun() {
        int[] lengths = new int[32];
        Arrays.fill(lengths, 30);
        assertThat(Batches.runs(Batches.longestFirst(lengths), lengths, Batches.TOKEN_BUDGET)).hasSize(1);
    }

    @Test
    void longInputsRunInFewerRowsSoTheAttentionScoresStayBounded() {
        // 1024 positions: 32 rows of 32, 16 of 64; 8 * 128^2 = 131072 score entries per head:
        // 8 rows of 128, 2 of 256, 1 of 512 (by hand)
        for (int[] c : new int[][] {{32, 32}, {64, 16}, {128, 8}, {256, 2}, {512, 1}}) {
            int[] lengths = new int[32];
            Arrays.fill(lengths, c[0]);
            List<int[]> runs = Batches.runs(Batches.longestFirst(lengths), lengths, Batches.TOKEN_BUDGET);
            assertThat(runs).as("32 inputs of %d tokens", c[0]).hasSize(32 / c[1]).allSatisfy(r -> assertThat(r).hasSize(c[1]));
        }
    }

    @Test
    void rejectsANonPositiveBudget() {
        assertThatThrownBy(() -> Batches.runs(new int[] {0}, new int[] {5}, 0)).hasMessageContaining("tokenBudget");
    }
}
