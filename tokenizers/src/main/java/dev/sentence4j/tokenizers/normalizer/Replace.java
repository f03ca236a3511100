package dev.sentence4j.tokenizers.normalizer;

import dev.sentence4j.tokenizers.NormalizedString;
import dev.sentence4j.tokenizers.TextPattern;
import java.util.Objects;

/**
 * Replaces every match of {@code pattern} with {@code content} (HF normalizers/replace.rs). The
 * new chars all take the alignment of the last char of the match.
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
        int[] matches = compiled.findMatches(s);
        int shift = 0;
        int contentLength = content.codePointCount(0, content.length());
        for (int i = 0; i < matches.length; i += 2) {
            int from = matches[i] + shift;
            int to = matches[i + 1] + shift;
            NormalizedString.Transform t = s.transformRange(from, to);
            content.codePoints().forEach(c -> t.add(c, 1));
            t.apply(to - from);
            shift += contentLength - (to - from);
        }
    }
}
