package dev.sentence4j.tokenizers.unicode;

/**
 * General-category tests with the semantics of the Rust crate unicode_categories, which HF
 * tokenizers uses in BertNormalizer and BertPreTokenizer. That crate's {@code is_other} does
 * not include unassigned code points (Cn).
 */
final class LegacyCategories {

    private LegacyCategories() {
    }

    /** Cc, Cf, Co or Cs. */
    static boolean isOther(int c) {
        int t = Character.getType(c);
        return t == Character.CONTROL || t == Character.FORMAT || t == Character.PRIVATE_USE
                || t == Character.SURROGATE;
    }

    /** Pc, Pd, Ps, Pe, Pi, Pf or Po. */
    static boolean isPunctuation(int c) {
        int t = Character.getType(c);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION;
    }

    /** Mn. */
    static boolean isNonspacingMark(int c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
