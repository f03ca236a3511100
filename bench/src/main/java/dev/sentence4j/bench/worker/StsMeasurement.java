package dev.sentence4j.bench.worker;

/** Cosine Spearman on STS-B, fp32 and int8, and int8 minus fp32. */
public record StsMeasurement(int pairs, double fp32Spearman, double int8Spearman, double delta) {}
