package dev.sentence4j.server.backend;

/**
 * How a group of inputs is run: sentence embeddings (/embed, /similarity, /v1/embeddings), token
 * embeddings (/embed_all), sparse vectors (/embed_sparse) or a cross-encoder's scores (/rerank,
 * /predict). Inputs share a forward pass only when their specs are equal.
 */
public sealed interface EncodeSpec {
    /** The model's prompt the inputs were tokenized with, or null for the model's default (or none). */
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

    /** @param promptName a key of the model's prompts, or null for the model's default */
    record Sparse(String promptName) implements EncodeSpec {}

    /** @param raw the logits as they are, without the model's activation (TEI's raw_scores) */
    record Scores(boolean raw) implements EncodeSpec {
        @Override
        public String promptName() {
            return null; // a cross-encoder has no prompts
        }
    }

    static Sentences sentences(boolean normalize, String promptName, Integer dimensions) {
        return new Sentences(normalize, promptName, dimensions);
    }

    static Tokens tokens(String promptName) {
        return new Tokens(promptName);
    }
}
