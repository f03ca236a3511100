package dev.sentence4j.tokenizers.pretokenizer;

import dev.sentence4j.tokenizers.PreTokenizedString;
import dev.sentence4j.tokenizers.SplitBehavior;
import dev.sentence4j.tokenizers.unicode.CharClasses;

/** Splits on whitespace (Rust char::is_whitespace), removing it (HF WhitespaceSplit). */
public record WhitespaceSplit() implements PreTokenizer {

    @Override
    public void preTokenize(PreTokenizedString pts) {
        pts.split((s, out) -> PreTokenizedString.splitOnChars(s, CharClasses::isWhitespace, SplitBehavior.REMOVED, out));
    }
}
