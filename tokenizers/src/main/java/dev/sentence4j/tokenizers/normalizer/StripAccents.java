package dev.sentence4j.tokenizers.normalizer;

import dev.sentence4j.tokenizers.NormalizedString;
import dev.sentence4j.tokenizers.unicode.CharClasses;

/**
 * Removes combining marks, Mn, Mc and Me (HF normalizers/strip.rs StripAccents, which uses
 * is_combining_mark; BertNormalizer's strip_accents only removes Mn). It does not decompose
 * first: tokenizer.json files put an NFD before it.
 */
public record StripAccents() implements Normalizer {

    @Override
    public void normalize(NormalizedString s) {
        s.filter(c -> !CharClasses.isCombiningMark(c));
    }
}
