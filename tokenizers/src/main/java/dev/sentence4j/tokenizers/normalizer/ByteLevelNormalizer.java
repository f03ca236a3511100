package dev.sentence4j.tokenizers.normalizer;

import dev.sentence4j.tokenizers.ByteLevelAlphabet;
import dev.sentence4j.tokenizers.NormalizedString;

/**
 * Byte-level normalizer (HF normalizers/byte_level.rs, JSON type "ByteLevel"): every UTF-8 byte
 * of the text becomes its char in GPT-2's byte alphabet ({@link ByteLevelAlphabet}), so 'é'
 * becomes "Ã©". All the chars of one input char keep that char's alignment (HF: the first
 * replaces it, the others are insertions after it).
 */
public record ByteLevelNormalizer() implements Normalizer {

    @Override
    public void normalize(NormalizedString s) {
        ByteLevelAlphabet.toBytes(s);
    }
}
