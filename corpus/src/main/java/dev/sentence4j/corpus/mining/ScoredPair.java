package dev.sentence4j.corpus.mining;

/** A pair of rows with their similarity; {@code i < j}, as ST's paraphrase_mining returns [score, i, j]. */
public record ScoredPair(float score, int i, int j) {
    public ScoredPair {
        if (i >= j) {
            throw new IllegalArgumentException("a pair has i < j, found i=" + i + " j=" + j);
        }
    }
}
