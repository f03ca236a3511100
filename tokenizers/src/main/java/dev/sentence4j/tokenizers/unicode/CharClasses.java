package dev.sentence4j.tokenizers.unicode;

import java.util.Locale;

/**
 * The character predicates HF tokenizers uses, with its exact definitions.
 *
 * <p>Whitespace is Rust's {@code char::is_whitespace} (the White_Space property, a fixed list),
 * not Java's {@code Character.isWhitespace} (which excludes NBSP and includes U+001C..U+001F).
 * "Other", "punctuation" and "nonspacing mark" come from the Rust crate unicode_categories,
 * whose tables predate the JDK's Unicode version: see {@link LegacyCategories}.
 */
public final class CharClasses {

    private CharClasses() {
    }

    /** Rust {@code char::is_whitespace}: the Unicode White_Space property. */
    public static boolean isWhitespace(int c) {
        if (c < 0x80) {
            return c == ' ' || (c >= 0x09 && c <= 0x0D);
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
                || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /**
     * BertNormalizer's whitespace: tab, newline and carriage return count as whitespace, not as
     * control (BERT's tokenization.py, HF normalizers/bert.rs).
     */
    public static boolean isBertWhitespace(int c) {
        return isWhitespace(c);
    }

    /** BertNormalizer's control: unicode_categories {@code is_other} except tab, newline, CR. */
    public static boolean isBertControl(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return LegacyCategories.isOther(c);
    }

    /** BertPreTokenizer / Punctuation: ASCII punctuation or unicode_categories {@code is_punctuation}. */
    public static boolean isBertPunctuation(int c) {
        if (c < 0x80) {
            return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
        }
        return LegacyCategories.isPunctuation(c);
    }

    /** unicode_categories {@code is_mark_nonspacing} (general category Mn). */
    public static boolean isNonspacingMark(int c) {
        if (c < 0x300) {
            return false;
        }
        return LegacyCategories.isNonspacingMark(c);
    }

    /** StripAccents' test: Mn, Mc or Me (is_combining_mark), as HF's tables know them. */
    public static boolean isCombiningMark(int c) {
        if (c < 0x300) {
            return false;
        }
        return LegacyCategories.isCombiningMark(c);
    }

    /** Whether HF leaves {@code c} undecomposed where the JDK (newer Unicode) decomposes it. */
    public static boolean keepsDecomposition(int c, boolean compatibility) {
        return LegacyCategories.keepsDecomposition(c, compatibility);
    }

    /** The CJK ranges of BertNormalizer's handle_chinese_chars (normalizers/bert.rs). */
    public static boolean isChineseChar(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0x3400 && c <= 0x4DBF)
                || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2B73F)
                || (c >= 0x2B740 && c <= 0x2B81F)
                || (c >= 0x2B920 && c <= 0x2CEAF)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0x2F800 && c <= 0x2FA1F);
    }

    /** Rust {@code char::is_numeric}: general categories Nd, Nl, No. */
    public static boolean isNumeric(int c) {
        if (c < 0x80) {
            return c >= '0' && c <= '9';
        }
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** Rust {@code char::is_alphanumeric}: Alphabetic or numeric. */
    public static boolean isAlphanumeric(int c) {
        return Character.isAlphabetic(c) || isNumeric(c);
    }

    /**
     * Rust regex {@code \w} (Unicode): Alphabetic, marks, decimal digits, connector punctuation,
     * join controls.
     */
    public static boolean isWordChar(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        if (Character.isAlphabetic(c)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.DECIMAL_DIGIT_NUMBER || t == Character.CONNECTOR_PUNCTUATION
                || c == 0x200C || c == 0x200D;
    }

    /**
     * Rust {@code char::to_lowercase}: the full lowercase mapping of one code point, without
     * context (so no final-sigma rule, unlike {@code String.toLowerCase}).
     */
    public static String toLowerCase(int c) {
        if (c == 0x130) {
            return "i\u0307"; // the only unconditional multi-char lowercase mapping (SpecialCasing.txt)
        }
        if (c >= 0xD800 && c <= 0xDFFF) {
            return Character.toString(c);
        }
        int lower = Character.toLowerCase(c);
        return Character.toString(lower);
    }

    /** Rust {@code char::to_uppercase} of one code point (full mapping, no context). */
    public static String toUpperCase(int c) {
        if (c >= 0xD800 && c <= 0xDFFF) {
            return Character.toString(c);
        }
        return Character.toString(c).toUpperCase(Locale.ROOT);
    }
}
