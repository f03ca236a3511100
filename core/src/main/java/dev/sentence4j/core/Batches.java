package dev.sentence4j.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How encode (and a cross-encoder's predict) cuts tokenized inputs into ONNX runs.
 *
 * <p>ST sorts by character length and pads each batch to its longest input; sorting by token
 * count instead makes each batch pad to within a token or two of its shortest input (on the
 * fortunes-10k corpus: 8% padded positions instead of 44%). A batch whose padded size passes a
 * token budget, or whose attention scores pass an attention budget, runs in slices. That bounds
 * ONNX Runtime's activation memory without shrinking the matrix products of short inputs: the
 * hidden states grow with rows * seqLen, but the attention scores and their softmax with
 * rows * heads * seqLen^2, and ORT's CPU arena keeps the largest run's memory for the life of
 * the session. all-MiniLM-L6-v2 fp32, bare ORT, arena growth after one run of each shape with
 * a token budget of 2048 alone: 32x64 +48 MB, 16x128 +84 MB, 4x512 +151 MB; with an attention
 * budget too (8x128, 2x256, 1x512): +48 MB for all of them. Neither budget changes a result: padding
 * is masked and rows are independent.
 *
 * <p>A model whose per-token output is wide (a SPLADE model's logits: one float per vocabulary
 * entry, 30522 for BERT) also needs the output bounded: {@link #tokenBudget(int)} shrinks the
 * budget so that one run's output stays within {@link #OUTPUT_BYTES_BUDGET}.
 */
public final class Batches {
    /**
     * Padded positions per ONNX run at most (unless one row is longer): 32 rows of 32 tokens, 16
     * of 64. A batch of 32 typical sentences still fits in one run. ORT's arena growth over runs
     * of 8 to 95 tokens (all-MiniLM-L6-v2 fp32, bare ORT, memory pattern off): +58 to +63 MB at a
     * budget of 2048, +31 MB at 1024, at the same speed within noise (BENCHMARKS.md).
     */
    public static final int TOKEN_BUDGET = 1024;

    /**
     * Attention score entries per head per run at most (unless one row is longer): rows * seqLen^2
     * of 8 rows of 128 tokens, so 2 of 256, 1 of 512. Up to 128 tokens the token budget binds.
     */
    public static final int ATTENTION_BUDGET = 8 * 128 * 128;

    /**
     * Bytes of per-token output one ONNX run may produce (unless one row is longer): 64 MiB, which
     * is 549 positions of 30522 float logits. Without it a batch of 32 inputs of 256 tokens would
     * produce 1 GB of logits in one run.
     */
    public static final long OUTPUT_BYTES_BUDGET = 64L << 20;

    private Batches() {}

    /**
     * Padded positions per run for an output of {@code outputWidth} floats per position:
     * {@link #TOKEN_BUDGET}, lowered so that positions * width * 4 bytes stays within
     * {@link #OUTPUT_BYTES_BUDGET}; at least 1.
     */
    public static int tokenBudget(int outputWidth) {
        if (outputWidth <= 0) {
            throw new IllegalArgumentException("outputWidth must be > 0, found " + outputWidth);
        }
        return (int) Math.max(1, Math.min(TOKEN_BUDGET, OUTPUT_BYTES_BUDGET / ((long) Float.BYTES * outputWidth)));
    }

    /** Indices ordered by length, longest first; equal lengths keep input order. */
    public static int[] longestFirst(int[] lengths) {
        Integer[] order = new Integer[lengths.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(lengths[b], lengths[a]));
        int[] out = new int[order.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = order[i];
        }
        return out;
    }

    /**
     * Cuts {@code batch} (indices ordered longest first) into runs of at most
     * {@code max(1, min(tokenBudget / longest, ATTENTION_BUDGET / longest^2))} rows each.
     */
    public static List<int[]> runs(int[] batch, int[] lengths, int tokenBudget) {
        if (tokenBudget <= 0) {
            throw new IllegalArgumentException("tokenBudget must be > 0, found " + tokenBudget);
        }
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start < batch.length) {
            long longest = Math.max(1, lengths[batch[start]]);
            int rows = (int) Math.max(1, Math.min(tokenBudget / longest, ATTENTION_BUDGET / (longest * longest)));
            int end = Math.min(batch.length, start + rows);
            out.add(Arrays.copyOfRange(batch, start, end));
            start = end;
        }
        return out;
    }
}
