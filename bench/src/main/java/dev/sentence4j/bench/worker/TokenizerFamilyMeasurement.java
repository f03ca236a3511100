package dev.sentence4j.bench.worker;

import java.util.List;

/**
 * One tokenizer.json's encode speed, ours against HF tokenizers: tokens per second (special
 * tokens included), best pass of each, and the single long inputs.
 *
 * @param mismatchedLines   lines whose ids differ between the two tokenizers (0 expected)
 * @param firstMismatchLine index of the first such line, -1 for none
 */
public record TokenizerFamilyMeasurement(String family, int sentences, long tokens, int mismatchedLines,
        int firstMismatchLine, int passes, int batchSize,
        double oursSingleTokensPerSecond, double hfSingleTokensPerSecond,
        double oursBatchedTokensPerSecond, double hfBatchedTokensPerSecond,
        List<LongInput> longInputs, long checksum) {

    public TokenizerFamilyMeasurement {
        longInputs = List.copyOf(longInputs);
    }

    /**
     * One encode call on one long input, best of the runs.
     *
     * @param sameIds whether both tokenizers produced the same ids
     */
    public record LongInput(long bytes, int chars, int oursTokens, int hfTokens, boolean sameIds,
            double oursSeconds, double hfSeconds) {}

    public double singleRatio() {
        return oursSingleTokensPerSecond / hfSingleTokensPerSecond;
    }

    public double batchedRatio() {
        return oursBatchedTokensPerSecond / hfBatchedTokensPerSecond;
    }

    public boolean agrees() {
        return mismatchedLines == 0 && longInputs.stream().allMatch(LongInput::sameIds);
    }
}
