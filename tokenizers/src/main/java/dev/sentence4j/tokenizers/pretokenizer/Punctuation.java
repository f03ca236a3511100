package dev.sentence4j.tokenizers.pretokenizer;

import dev.sentence4j.tokenizers.PreTokenizedString;
import dev.sentence4j.tokenizers.SplitBehavior;
import dev.sentence4j.tokenizers.unicode.CharClasses;
import java.util.Objects;

/** Splits on punctuation chars (HF pre_tokenizers/punctuation.rs; default behavior Isolated). */
public record Punctuation(SplitBehavior behavior) implements PreTokenizer {

    public Punctuation {
        Objects.requireNonNull(behavior, "behavior");
    }

    @Override
    public void preTokenize(PreTokenizedString pts) {
        pts.split((s, out) -> PreTokenizedString.splitOnChars(s, CharClasses::isBertPunctuation, behavior, out));
    }
}
