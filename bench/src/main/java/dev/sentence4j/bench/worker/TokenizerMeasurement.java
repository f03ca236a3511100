package dev.sentence4j.bench.worker;

/**
 * Tokens per second (including [CLS] and [SEP]), best pass of each.
 *
 * @param mismatchedLines lines whose ids differ between the two tokenizers (0 expected)
 */
public record TokenizerMeasurement(int sentences, long tokens, int mismatchedLines, int passes, int batchSize,
        double oursSingleTokensPerSecond, double hfSingleTokensPerSecond,
        double oursBatchedTokensPerSecond, double hfBatchedTokensPerSecond, long checksum) {

    public double singleRatio() {
        return oursSingleTokensPerSecond / hfSingleTokensPerSecond;
    }

    public double batchedRatio() {
        return oursBatchedTokensPerSecond / hfBatchedTokensPerSecond;
    }
}
