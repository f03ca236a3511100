package dev.sentence4j.core.evaluation;

import java.util.Objects;

/** One STS pair with its gold similarity score. */
public record StsPair(double score, String sentence1, String sentence2) {
    public StsPair {
        Objects.requireNonNull(sentence1, "sentence1");
        Objects.requireNonNull(sentence2, "sentence2");
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be finite, found " + score);
        }
    }
}
