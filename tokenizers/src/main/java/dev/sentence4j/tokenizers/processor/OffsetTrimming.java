package dev.sentence4j.tokenizers.processor;

import dev.sentence4j.tokenizers.Encoding;
import dev.sentence4j.tokenizers.unicode.CharClasses;
import java.util.ArrayList;
import java.util.List;

/**
 * RoBERTa's offsets trimming (HF processors/byte_level.rs process_offsets, shared by the
 * RobertaProcessing and ByteLevel post-processors): whitespace at either end of a token (or the
 * byte-level space 'Ġ') is trimmed from its offsets, except the single prefix space of the first
 * token when {@code addPrefixSpace}.
 *
 * <p>HF (encode_char_offsets, what Python and DJL call) does this arithmetic on code point
 * offsets. Given the original text, so do we: it matters when the trimmed space is aligned to a
 * char outside the BMP (a prefix space before an emoji).
 */
final class OffsetTrimming {

    private static final int BYTE_LEVEL_SPACE = 0x120; // 'Ġ', how byte-level BPE writes ' '

    private OffsetTrimming() {
    }

    /** Trims {@code e}, whose offsets index {@code text} (null: count UTF-16 units instead of code points). */
    static Encoding trim(Encoding e, boolean addPrefixSpace, String text) {
        return trim(e, addPrefixSpace, text == null ? null : new CodePoints(text));
    }

    private static Encoding trim(Encoding e, boolean addPrefixSpace, CodePoints cps) {
        List<Encoding> over = new ArrayList<>(e.overflowing().size());
        for (Encoding o : e.overflowing()) {
            over.add(trim(o, addPrefixSpace, cps));
        }
        String[] tokens = e.rawTokens();
        int[] offsets = e.rawOffsets().clone();
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            int leading = 0;
            for (int p = 0; p < t.length(); ) {
                int c = t.codePointAt(p);
                if (c != BYTE_LEVEL_SPACE && !CharClasses.isWhitespace(c)) {
                    break;
                }
                leading++;
                p += Character.charCount(c);
            }
            int trailing = 0;
            for (int p = t.length(); p > 0; ) {
                int c = t.codePointBefore(p);
                if (c != BYTE_LEVEL_SPACE && !CharClasses.isWhitespace(c)) {
                    break;
                }
                trailing++;
                p -= Character.charCount(c);
            }
            if (leading == 0 && trailing == 0) {
                continue;
            }
            int start = cps == null ? offsets[2 * i] : cps.toCodePoint(offsets[2 * i]);
            int end = cps == null ? offsets[2 * i + 1] : cps.toCodePoint(offsets[2 * i + 1]);
            if (leading > 0) {
                boolean first = i == 0 || start == 0;
                if (first && addPrefixSpace && leading == 1) {
                    leading = 0;
                }
                start = Math.min(start + leading, end);
            }
            if (trailing > 0 && end >= trailing) {
                end = Math.max(end - trailing, start);
            }
            offsets[2 * i] = cps == null ? start : cps.toUtf16(start);
            offsets[2 * i + 1] = cps == null ? end : cps.toUtf16(end);
        }
        return e.withOffsets(offsets, over);
    }

    /** UTF-16 index <-> code point index in one text. */
    private static final class CodePoints {
        private final int[] utf16; // [code points + 1] UTF-16 index of each code point start, then the length

        CodePoints(String text) {
            int n = text.codePointCount(0, text.length());
            utf16 = new int[n + 1];
            int k = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                utf16[k++] = i;
            }
            utf16[n] = text.length();
        }

        int toCodePoint(int utf16Index) {
            int i = java.util.Arrays.binarySearch(utf16, utf16Index);
            return i >= 0 ? i : Math.max(0, -i - 2);
        }

        int toUtf16(int codePoint) {
            return utf16[Math.min(codePoint, utf16.length - 1)];
        }
    }
}
