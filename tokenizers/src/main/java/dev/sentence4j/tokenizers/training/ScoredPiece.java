package dev.sentence4j.tokenizers.training;

import java.util.Objects;

/**
 * One entry of a trained Unigram vocabulary: the piece and its score, a log-probability (or 0.0
 * for a special token), as tokenizer.json's Unigram {@code "vocab": [[piece, score], ...]} holds it.
 */
public record ScoredPiece(String piece, double score) {

    public ScoredPiece {
        Objects.requireNonNull(piece, "piece");
        if (piece.isEmpty()) {
            throw new IllegalArgumentException("a scored piece must not be empty (score " + score + ")");
        }
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("piece '" + piece + "': score must be finite, found " + score);
        }
    }
}
