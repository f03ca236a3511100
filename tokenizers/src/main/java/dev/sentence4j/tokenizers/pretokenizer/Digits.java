package dev.sentence4j.tokenizers.pretokenizer;

import dev.sentence4j.tokenizers.PreTokenizedString;
import dev.sentence4j.tokenizers.SplitBehavior;
import dev.sentence4j.tokenizers.unicode.CharClasses;

/**
 * Splits out numeric chars (HF pre_tokenizers/digits.rs): each digit alone when
 * {@code individualDigits}, else runs of digits kept together.
 */
public record Digits(boolean individualDigits) implements PreTokenizer {

    @Override
    public void preTokenize(PreTokenizedString pts) {
        SplitBehavior behavior = individualDigits ? SplitBehavior.ISOLATED : SplitBehavior.CONTIGUOUS;
        pts.split((s, out) -> PreTokenizedString.splitOnChars(s, CharClasses::isNumeric, behavior, out));
    }
}
