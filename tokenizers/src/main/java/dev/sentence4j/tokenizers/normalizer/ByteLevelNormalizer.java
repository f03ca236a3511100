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
        int n = s.length();
        if (n == 0) {
            return;
        }
        NormalizedString.Transform t = s.transform();
        for (int i = 0; i < n; i++) {
            int c = s.charAt(i);
            if (c < 0x80) {
                t.add(ByteLevelAlphabet.charOf(c), 0);
            } else if (c < 0x800) {
                t.add(ByteLevelAlphabet.charOf(0xC0 | c >> 6), 0);
                t.add(ByteLevelAlphabet.charOf(0x80 | c & 0x3F), 1);
            } else if (c < 0x10000) {
                // a lone surrogate (possible in a Java string) is written as its 3 bytes
                t.add(ByteLevelAlphabet.charOf(0xE0 | c >> 12), 0);
                t.add(ByteLevelAlphabet.charOf(0x80 | c >> 6 & 0x3F), 1);
                t.add(ByteLevelAlphabet.charOf(0x80 | c & 0x3F), 1);
            } else {
                t.add(ByteLevelAlphabet.charOf(0xF0 | c >> 18), 0);
                t.add(ByteLevelAlphabet.charOf(0x80 | c >> 12 & 0x3F), 1);
                t.add(ByteLevelAlphabet.charOf(0x80 | c >> 6 & 0x3F), 1);
                t.add(ByteLevelAlphabet.charOf(0x80 | c & 0x3F), 1);
            }
        }
        t.apply(0);
    }
}
