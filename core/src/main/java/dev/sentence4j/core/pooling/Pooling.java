package dev.sentence4j.core.pooling;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * ST's Pooling module: one or more modes, their outputs concatenated in ST's order.
 *
 * @param modes                  the modes that are on, in {@link PoolingMode} declaration order
 * @param wordEmbeddingDimension the token embedding width this module expects
 * @param includePrompt          false: prompt tokens are masked out before pooling (ST's include_prompt)
 */
public record Pooling(List<PoolingMode> modes, int wordEmbeddingDimension, boolean includePrompt) {
    public Pooling {
        Objects.requireNonNull(modes, "modes");
        if (modes.isEmpty()) {
            throw new IllegalArgumentException("pooling needs at least one mode; valid: " + PoolingMode.validNames());
        }
        if (wordEmbeddingDimension <= 0) {
            throw new IllegalArgumentException("word_embedding_dimension must be > 0, found " + wordEmbeddingDimension);
        }
        // Canonical ST order, no duplicates.
        modes = List.copyOf(EnumSet.copyOf(modes));
    }

    public static Pooling of(int dim, PoolingMode... modes) {
        return new Pooling(List.of(modes), dim, true);
    }

    /** Width of the pooled vector: dimension times the number of modes. */
    public int outputDimension() {
        return wordEmbeddingDimension * modes.size();
    }

    /**
     * Pools every row of a padded batch.
     *
     * @return sentence embeddings, {@code [batch * outputDimension()]}
     */
    public float[] pool(TokenEmbeddingBatch tokens) {
        if (tokens.dim() != wordEmbeddingDimension) {
            throw new IllegalArgumentException("token embedding dimensions differ from the pooling config's "
                    + "word_embedding_dimension: " + tokens.dim() + " != " + wordEmbeddingDimension);
        }
        int outDim = outputDimension();
        float[] out = new float[tokens.batch() * outDim]; // [batch * outDim]
        List<PoolingStrategy> strategies = modes.stream().map(PoolingStrategy::of).toList();
        for (int row = 0; row < tokens.batch(); row++) {
            for (int m = 0; m < strategies.size(); m++) {
                strategies.get(m).pool(tokens, row, out, row * outDim + m * wordEmbeddingDimension);
            }
        }
        return out;
    }
}
