package dev.sentence4j.tokenizers.normalizer;

import dev.sentence4j.tokenizers.NormalizedString;
import java.util.Objects;

/**
 * Prepends {@code prepend} to a non-empty text (HF normalizers/prepend.rs). The added chars share
 * the alignment of the first char.
 */
public record Prepend(String prepend) implements Normalizer {

    public Prepend {
        Objects.requireNonNull(prepend, "prepend");
    }

    @Override
    public void normalize(NormalizedString s) {
        if (s.isEmpty() || prepend.isEmpty()) {
            return;
        }
        int first = s.charAt(0);
        NormalizedString.Transform t = s.transformRange(0, 1);
        int k = 0;
        for (int p = 0; p < prepend.length(); ) {
            int c = prepend.codePointAt(p);
            t.add(c, k == 0 ? 0 : 1);
            p += Character.charCount(c);
            k++;
        }
        t.add(first, 1);
        t.apply(0);
    }
}
