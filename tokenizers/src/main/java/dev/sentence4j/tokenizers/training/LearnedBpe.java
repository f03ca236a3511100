package dev.sentence4j.tokenizers.training;

import java.util.List;

/**
 * What the BPE trainer learned: the vocabulary in id order (special tokens, alphabet, then one
 * token per new merge result) and the merges in the order they were learned (= their rank).
 */
public record LearnedBpe(List<String> vocab, List<Merge> merges) {

    /** One merge: the two symbols joined, as tokenizer.json's merges list writes them. */
    public record Merge(String left, String right) {
        public Merge {
            if (left == null || right == null || left.isEmpty() || right.isEmpty()) {
                throw new IllegalArgumentException("a merge needs two non-empty symbols, got '" + left + "' '" + right + "'");
            }
        }
    }

    public LearnedBpe {
        if (vocab == null || merges == null) {
            throw new IllegalArgumentException("vocab and merges must not be null");
        }
        vocab = List.copyOf(vocab);
        merges = List.copyOf(merges);
    }
}
