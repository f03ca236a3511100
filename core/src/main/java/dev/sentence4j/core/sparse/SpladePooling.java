package dev.sentence4j.core.sparse;

import dev.sentence4j.core.pooling.TokenEmbeddingBatch;
import java.util.Arrays;
import java.util.Objects;

/**
 * sentence-transformers' SpladePooling (sparse_encoder/models/SpladePooling.py): per vocabulary
 * entry, the activation of each real token's logit, log(1 + relu(x)), then the max (or sum) over
 * the text's tokens. ST multiplies padding positions' logits by the attention mask (0), and
 * relu(0) contributes nothing to a max or a sum of non-negative values, so skipping padding is the
 * same thing. [CLS] and [SEP] are real tokens (mask 1) and count, as in ST.
 *
 * <p>Only positive logits matter (relu), and in a SPLADE model those are few, so the activation
 * runs only on them.
 *
 * @param strategy   max or sum over tokens
 * @param activation what each logit becomes
 */
public record SpladePooling(SpladePoolingStrategy strategy, SpladeActivation activation) {
    public SpladePooling {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(activation, "activation");
    }

    /**
     * Row {@code row} of {@code logits} ({@code [batch * seqLen * vocab]} with its mask) pooled into
     * a sparse vector of width {@code logits.dim()}: the entries whose pooled weight is {@code > 0}.
     * A row with no real token, or whose logits are all {@code <= 0}, gives an empty vector.
     *
     * @param scratch two arrays of at least {@code vocab} floats each, reused across calls
     */
    public SparseVector pool(TokenEmbeddingBatch logits, int row, Scratch scratch) {
        int vocab = logits.dim();
        float[] pooled = scratch.pooled(vocab); // [vocab]
        float[] token = scratch.token(vocab);   // [vocab], one position's logits
        Arrays.fill(pooled, 0, vocab, 0f);
        boolean max = strategy == SpladePoolingStrategy.MAX;
        for (int t = 0; t < logits.seqLen(); t++) {
            if (!logits.attended(row, t)) {
                continue;
            }
            logits.copyToken(row, t, token, 0);
            for (int v = 0; v < vocab; v++) {
                float x = token[v];
                if (x > 0f) {
                    float w = activation.apply(x);
                    pooled[v] = max ? Math.max(pooled[v], w) : pooled[v] + w;
                }
            }
        }
        int n = 0;
        for (int v = 0; v < vocab; v++) {
            if (pooled[v] > 0f) {
                n++;
            }
        }
        int[] indices = new int[n];
        float[] values = new float[n];
        for (int v = 0, k = 0; v < vocab; v++) {
            if (pooled[v] > 0f) {
                indices[k] = v;
                values[k++] = pooled[v];
            }
        }
        return new SparseVector(vocab, indices, values);
    }

    /** Work arrays of one caller (one encode call): not thread-safe. */
    public static final class Scratch {
        private float[] pooled = new float[0];
        private float[] token = new float[0];

        float[] pooled(int n) {
            if (pooled.length < n) {
                pooled = new float[n];
            }
            return pooled;
        }

        float[] token(int n) {
            if (token.length < n) {
                token = new float[n];
            }
            return token;
        }
    }
}
