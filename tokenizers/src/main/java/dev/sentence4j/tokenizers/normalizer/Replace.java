package dev.sentence4j.tokenizers.normalizer;

import dev.sentence4j.tokenizers.NormalizedString;
import dev.sentence4j.tokenizers.TextPattern;
import java.util.Objects;

/**
 * Replaces every match of {@code pattern} with {@code content} (HF normalizers/replace.rs). The
 * new chars all take the alignment of the last char of the match. One pass, however many matches.
 */
public record Replace(TextPattern pattern, String content, TextPattern.Compiled compiled) implements Normalizer {

    public Replace {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(compiled, "compiled");
    }

    public Replace(TextPattern pattern, String content) {
        this(pattern, content, pattern.compile());
    }

    @Override
    public void normalize(NormalizedString s) {
        s.replaceRanges(compiled.findMatches(s), content.codePoints().toArray());
    }
}
