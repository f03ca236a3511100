package dev.sentence4j.core.evaluation;

/** Pearson and Spearman correlation (as fractions, not percent) of cosine scores with gold scores. */
public record StsResult(int pairs, double pearson, double spearman) {}
