package dev.sentence4j.tokenizers.pretokenizer;

import java.util.Arrays;

/**
 * GPT-2's pre-tokenization regex, as a linear scanner instead of a backtracking regex:
 * <pre>'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+</pre>
 * (HF pre_tokenizers/byte_level.rs, compiled there with Oniguruma). At each position the first
 * alternative that matches wins, so the scanner tries them in the same order; {@code \s+(?!\S)}
 * takes a whitespace run up to the end of the text, or all of it but the last char when a
 * non-space follows (a single whitespace char then falls to {@code \s+}). Every char is matched by
 * one alternative, so the matches tile the text.
 */
final class Gpt2Split {

    private static final int LETTER = 0;
    private static final int NUMBER = 1;
    private static final int SPACE = 2;
    private static final int OTHER = 3;

    private Gpt2Split() {
    }

    /** Match ranges {@code [s0, e0, s1, e1, ...]} over code points {@code cps[0, n)}. */
    static int[] matches(int[] cps, int n) {
        int[] out = new int[Math.max(8, n / 2)];
        int k = 0;
        int i = 0;
        while (i < n) {
            int end = contraction(cps, n, i);
            if (end < 0) {
                int c = cps[i];
                int cls = classOf(c);
                if (c == ' ' && i + 1 < n && classOf(cps[i + 1]) != SPACE) {
                    end = run(cps, n, i + 1, classOf(cps[i + 1])); // ' ?' then a run of one class
                } else if (cls != SPACE) {
                    end = run(cps, n, i, cls);
                } else {
                    int j = run(cps, n, i, SPACE);
                    end = j == n || j - i < 2 ? j : j - 1;
                }
            }
            if (k + 2 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[k++] = i;
            out[k++] = end;
            i = end;
        }
        return Arrays.copyOf(out, k);
    }

    /** End of {@code 's 't 're 've 'm 'll 'd} at {@code i}, or -1. */
    private static int contraction(int[] cps, int n, int i) {
        if (cps[i] != '\'' || i + 1 >= n) {
            return -1;
        }
        int a = cps[i + 1];
        if (a == 's' || a == 't' || a == 'm' || a == 'd') {
            return i + 2;
        }
        if (i + 2 < n) {
            int b = cps[i + 2];
            if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l')) {
                return i + 3;
            }
        }
        return -1;
    }

    private static int run(int[] cps, int n, int from, int cls) {
        int j = from;
        while (j < n && classOf(cps[j]) == cls) {
            j++;
        }
        return j;
    }

    private static int classOf(int c) {
        if (isWhiteSpace(c)) {
            return SPACE;
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER -> LETTER;
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> NUMBER;
            default -> OTHER;
        };
    }

    /** Unicode's White_Space property (Oniguruma's {@code \s}). */
    static boolean isWhiteSpace(int c) {
        return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                || c == 0x3000;
    }
}
