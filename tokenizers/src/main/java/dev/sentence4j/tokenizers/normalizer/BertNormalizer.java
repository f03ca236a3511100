package dev.sentence4j.tokenizers.normalizer;

import dev.sentence4j.tokenizers.NormalizedString;
import dev.sentence4j.tokenizers.unicode.CharClasses;
import dev.sentence4j.tokenizers.unicode.UnicodeNormalization;

/**
 * BERT's normalizer (HF normalizers/bert.rs), steps in this order: clean_text (drop NUL, U+FFFD
 * and control chars, turn whitespace into ' '), handle_chinese_chars (surround CJK ideographs
 * with spaces), strip_accents (NFD, then drop nonspacing marks), lowercase.
 *
 * @param stripAccents null means "follow lowercase", as in HF
 */
public record BertNormalizer(boolean cleanText, boolean handleChineseChars, Boolean stripAccents, boolean lowercase)
        implements Normalizer {

    /** Whether accents are stripped: strip_accents, or lowercase when strip_accents is null. */
    public boolean stripsAccents() {
        return stripAccents == null ? lowercase : stripAccents;
    }

    @Override
    public void normalize(NormalizedString s) {
        if (cleanText) {
            s.filter(c -> !(c == 0 || c == 0xFFFD || CharClasses.isBertControl(c)));
            s.map(c -> CharClasses.isBertWhitespace(c) ? ' ' : c);
        }
        if (handleChineseChars) {
            handleChineseChars(s);
        }
        if (stripsAccents()) {
            UnicodeNormalization.apply(s, UnicodeNormalization.Form.NFD);
            s.filter(c -> !CharClasses.isNonspacingMark(c));
        }
        if (lowercase) {
            Lowercase.lowercase(s);
        }
    }

    private static void handleChineseChars(NormalizedString s) {
        int n = s.length();
        boolean any = false;
        for (int i = 0; i < n; i++) {
            if (CharClasses.isChineseChar(s.charAt(i))) {
                any = true;
                break;
            }
        }
        if (!any) {
            return;
        }
        NormalizedString.Transform t = s.transform();
        for (int i = 0; i < n; i++) {
            int c = s.charAt(i);
            if (CharClasses.isChineseChar(c)) {
                t.add(' ', 1).add(c, 0).add(' ', 1);
            } else {
                t.add(c, 0);
            }
        }
        t.apply(0);
    }
}
