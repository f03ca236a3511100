package dev.sentence4j.tokenizers.normalizer;

import dev.sentence4j.tokenizers.NormalizedString;
import dev.sentence4j.tokenizers.unicode.CharClasses;

/** Lowercases each code point on its own (Rust char::to_lowercase, no final-sigma context). */
public record Lowercase() implements Normalizer {

    @Override
    public void normalize(NormalizedString s) {
        lowercase(s);
    }

    static void lowercase(NormalizedString s) {
        int n = s.length();
        boolean expands = false;
        for (int i = 0; i < n; i++) {
            int c = s.charAt(i);
            if (c >= 0x80 && CharClasses.toLowerCase(c).codePointCount(0, CharClasses.toLowerCase(c).length()) != 1) {
                expands = true;
                break;
            }
        }
        if (!expands) {
            s.map(c -> c < 0x80 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : CharClasses.toLowerCase(c).codePointAt(0));
            return;
        }
        NormalizedString.Transform t = s.transform();
        for (int i = 0; i < n; i++) {
            String lower = CharClasses.toLowerCase(s.charAt(i));
            int k = 0;
            for (int p = 0; p < lower.length(); ) {
                int lc = lower.codePointAt(p);
                t.add(lc, k == 0 ? 0 : 1);
                p += Character.charCount(lc);
                k++;
            }
        }
        t.apply(0);
    }
}
