package dev.sentence4j.server.backend;

import java.util.Locale;

/**
 * What sentence-transformers' Transformer.tokenize does to a text before the tokenizer sees it:
 * Python's {@code str.strip()}, then {@code lower()} when do_lower_case is set. The same rule as
 * core's package-private TransformerText; the server needs it to count tokens exactly as encode
 * will, for the max_input_length check and the batch token budget.
 */
final class TextPrep {
    private TextPrep() {}

    static String prepare(String text, boolean lowerCase) {
        String s = strip(text);
        return lowerCase ? s.toLowerCase(Locale.ROOT) : s;
    }

    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end) {
            int cp = s.codePointAt(start);
            if (!isPythonSpace(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = s.codePointBefore(end);
            if (!isPythonSpace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return s.substring(start, end);
    }

    /** Python's str.isspace(): bidi class WS, B or S, or category Zs (plus U+2028, U+2029). */
    static boolean isPythonSpace(int cp) {
        if (cp == 0x85 || (cp >= 0x1c && cp <= 0x1f) || (cp >= 0x09 && cp <= 0x0d)) {
            return true;
        }
        int type = Character.getType(cp);
        if (type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR) {
            return true;
        }
        byte dir = Character.getDirectionality(cp);
        return dir == Character.DIRECTIONALITY_WHITESPACE || dir == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR
                || dir == Character.DIRECTIONALITY_SEGMENT_SEPARATOR;
    }
}
