package dev.sentence4j.tokenizers.processor;

import dev.sentence4j.tokenizers.Encoding;
import java.util.List;

/**
 * Byte-level post-processor (HF processors/byte_level.rs, JSON type "ByteLevel"): adds no
 * tokens; with {@code trimOffsets}, trims the byte-level spaces from the offsets as RoBERTa does.
 * A pair is merged as is (the second sequence keeps type id 1).
 */
public record ByteLevelProcessing(boolean addPrefixSpace, boolean trimOffsets, boolean useRegex)
        implements PostProcessor {

    @Override
    public int addedTokens(boolean isPair) {
        return 0;
    }

    @Override
    public Encoding process(Encoding a, Encoding b, boolean addSpecialTokens) {
        return process(a, b, addSpecialTokens, null, null);
    }

    @Override
    public Encoding process(Encoding a, Encoding b, boolean addSpecialTokens, String textA, String textB) {
        if (trimOffsets) {
            a = OffsetTrimming.trim(a, addPrefixSpace, textA);
            b = b == null ? null : OffsetTrimming.trim(b, addPrefixSpace, textB);
        }
        return b == null ? Encoding.merge(List.of(a)) : Encoding.merge(List.of(a, b));
    }
}
