package dev.sentence4j.server.backend;

/**
 * How a group of inputs is encoded: sentence embeddings (/embed, /similarity, /v1/embeddings) or
 * token embeddings (/embed_all). Inputs share a forward pass only when their specs are equal.
 */
public sealed interface EncodeSpec {
    /** The model's prompt the inputs were tokenized with, or null for the model's default. */
    String promptName();

    /**
     * @param normalize  L2-normalize the sentence embeddings (after truncation to dimensions)
     * @param promptName a key of the model's prompts, or null for the model's default
     * @param dimensions keep the first n dimensions (Matryoshka), or null for all
     */
    record Sentences(boolean normalize, String promptName, Integer dimensions) implements EncodeSpec {
        public Sentences {
            if (dimensions != null && dimensions <= 0) {
                throw new IllegalArgumentException("dimensions must be > 0, found " + dimensions);
            }
        }
    }

    /** @param promptName a key of the model's prompts, or null for the model's default */
    record Tokens(String promptName) implements EncodeSpec {}

    static Sentences sentences(boolean normalize, String promptName, Integer dimensions) {
        return new Sentences(normalize, promptName, dimensions);
    }

    static Tokens tokens(String promptName) {
        return new Tokens(promptName);
    }
}
