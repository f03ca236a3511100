package dev.sentence4j.tokenizers.pretokenizer;

import dev.sentence4j.tokenizers.PreTokenizedString;
import dev.sentence4j.tokenizers.SplitBehavior;

/** Splits on one delimiter char, removing it (HF pre_tokenizers/delimiter.rs, JSON type "CharDelimiterSplit"). */
public record CharDelimiterSplit(int delimiter) implements PreTokenizer {

    @Override
    public void preTokenize(PreTokenizedString pts) {
        pts.split((s, out) -> PreTokenizedString.splitOnChars(s, c -> c == delimiter, SplitBehavior.REMOVED, out));
    }
}
