package dev.sentence4j.tokenizers.pretokenizer;

import dev.sentence4j.tokenizers.PreTokenizedString;
import dev.sentence4j.tokenizers.SplitBehavior;
import dev.sentence4j.tokenizers.TextPattern;
import java.util.Objects;

/**
 * Splits on a string or regex pattern with a delimiter behavior, optionally inverted (the
 * matches become the pieces kept apart) (HF pre_tokenizers/split.rs).
 */
public record Split(TextPattern pattern, SplitBehavior behavior, boolean invert, TextPattern.Compiled compiled)
        implements PreTokenizer {

    public Split {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(behavior, "behavior");
        Objects.requireNonNull(compiled, "compiled");
    }

    public Split(TextPattern pattern, SplitBehavior behavior, boolean invert) {
        this(pattern, behavior, invert, pattern.compile());
    }

    @Override
    public void preTokenize(PreTokenizedString pts) {
        pts.split((s, out) -> PreTokenizedString.splitOnMatches(s, compiled.findMatches(s), invert, behavior, out));
    }
}
