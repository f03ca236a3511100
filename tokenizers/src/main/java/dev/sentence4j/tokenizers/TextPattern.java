package dev.sentence4j.tokenizers;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code pattern} of Replace and Split: {@code {"String": "..."}} (a literal) or
 * {@code {"Regex": "..."}}. HF compiles regexes with Oniguruma; java.util.regex accepts the
 * patterns these files use (and {@link java.util.regex.Pattern#UNICODE_CHARACTER_CLASS} gives
 * {@code \w}, {@code \s}, {@code \p{..}} their Unicode meaning, as in Oniguruma).
 *
 * @param source the pattern text as written in the file
 * @param isRegex whether {@code source} is a regex (else a literal string)
 */
public record TextPattern(String source, boolean isRegex) {

    public TextPattern {
        Objects.requireNonNull(source, "source");
    }

    /** Compiles the pattern; throws PatternSyntaxException for a bad regex. */
    public Compiled compile() {
        return new Compiled(isRegex
                ? Pattern.compile(source, Pattern.UNICODE_CHARACTER_CLASS)
                : Pattern.compile(Pattern.quote(source)), source.isEmpty() && !isRegex);
    }

    /** A compiled pattern; immutable and thread-safe. */
    public static final class Compiled {
        private final Pattern pattern;
        private final boolean emptyLiteral;

        private Compiled(Pattern pattern, boolean emptyLiteral) {
            this.pattern = pattern;
            this.emptyLiteral = emptyLiteral;
        }

        /**
         * Non-overlapping matches in {@code s}'s normalized text, as code point index pairs
         * {@code [start0, end0, start1, end1, ...]}.
         */
        public int[] findMatches(NormalizedString s) {
            if (emptyLiteral || s.isEmpty()) {
                return new int[0];
            }
            String text = s.normalized();
            Matcher m = pattern.matcher(text);
            int[] out = new int[8];
            int n = 0;
            int lastChar = 0;
            int lastCp = 0;
            while (m.find()) {
                if (m.end() == m.start()) {
                    continue; // HF drops empty matches
                }
                int start = lastCp + text.codePointCount(lastChar, m.start());
                int end = start + text.codePointCount(m.start(), m.end());
                lastChar = m.end();
                lastCp = end;
                if (n + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = start;
                out[n++] = end;
            }
            return Arrays.copyOf(out, n);
        }
    }
}
