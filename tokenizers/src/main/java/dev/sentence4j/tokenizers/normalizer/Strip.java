package dev.sentence4j.tokenizers.normalizer;

import dev.sentence4j.tokenizers.NormalizedString;
import dev.sentence4j.tokenizers.unicode.CharClasses;

/** Removes leading and/or trailing whitespace (HF normalizers/strip.rs, Rust char::is_whitespace). */
public record Strip(boolean stripLeft, boolean stripRight) implements Normalizer {

    @Override
    public void normalize(NormalizedString s) {
        int n = s.length();
        int leading = 0;
        if (stripLeft) {
            while (leading < n && CharClasses.isWhitespace(s.charAt(leading))) {
                leading++;
            }
        }
        int trailing = 0;
        if (stripRight) {
            while (trailing < n && CharClasses.isWhitespace(s.charAt(n - 1 - trailing))) {
                trailing++;
            }
        }
        if (leading == 0 && trailing == 0) {
            return;
        }
        NormalizedString.Transform t = s.transform();
        for (int i = 0; i < n; i++) {
            if (i < leading || i >= n - trailing) {
                continue;
            }
            t.add(s.charAt(i), i == n - trailing - 1 ? -trailing : 0);
        }
        t.apply(leading);
    }
}
