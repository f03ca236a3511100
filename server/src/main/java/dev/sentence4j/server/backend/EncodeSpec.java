package dev.sentence4j.server.backend;

/**
 * How a group of inputs is encoded. Inputs are batched together only when their specs are equal.
 *
 * @param normalize   L2-normalize the sentence embeddings (after truncation to dimensions)
 * @param promptName  a key of the model's prompts, or null for the model's default
 * @param dimensions  keep the first n dimensions (Matryoshka), or null for all
 * @param tokens      token embeddings (/embed_all) instead of sentence embeddings
 */
public record EncodeSpec(boolean normalize, String promptName, Integer dimensions, boolean tokens) {
    public EncodeSpec {
        if (dimensions != null && dimensions <= 0) {
            throw new IllegalArgumentException("dimensions must be > 0, found " + dimensions);
        }
    }

    public static EncodeSpec sentences(boolean normalize, String promptName, Integer dimensions) {
        return new EncodeSpec(normalize, promptName, dimensions, false);
    }

    public static EncodeSpec tokens(String promptName) {
        return new EncodeSpec(false, promptName, null, true);
    }
}
