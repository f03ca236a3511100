package dev.sentence4j.core.input;

import java.util.Locale;

/**
 * What ST's Transformer module does to a text before tokenizing it (Transformer.tokenize):
 * {@code str(s).strip()}, and {@code s.lower()} when do_lower_case is set.
 */
public final class TransformerText {
    private TransformerText() {}

    public static String prepare(String text, boolean lowerCase) {
        String s = pythonStrip(text);
        return lowerCase ? s.toLowerCase(Locale.ROOT) : s;
    }

    /** Python's str.strip(): removes leading and trailing characters for which str.isspace() holds. */
    static String pythonStrip(String s) {
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

    /**
     * Python's str.isspace(): bidirectional class WS, B or S, or general category Zs. That is
     * \t \n \x0b \x0c \r \x1c-\x1f, space, \x85, \xa0 and the other Unicode space separators,
     * U+2028 and U+2029.
     */
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
