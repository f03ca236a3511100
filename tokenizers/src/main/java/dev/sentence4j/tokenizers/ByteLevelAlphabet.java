package dev.sentence4j.tokenizers;

/**
 * GPT-2's byte-to-unicode map (HF pre_tokenizers/byte_level.rs bytes_char, from OpenAI's
 * encoder.py): printable bytes ('!'..'~', '¡'..'¬', '®'..'ÿ') map to themselves, the other 68
 * bytes to U+0100 and up, in byte order. So every byte string is a string of visible chars, and
 * ' ' becomes 'Ġ' (U+0120), '\n' 'Ċ' (U+010A).
 */
public final class ByteLevelAlphabet {

    private static final int[] BYTE_TO_CHAR = new int[256];
    private static final int[] CHAR_TO_BYTE = new int[0x144]; // -1 where the char is no byte's

    static {
        java.util.Arrays.fill(CHAR_TO_BYTE, -1);
        int n = 0;
        for (int b = 0; b < 256; b++) {
            boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            int c = printable ? b : 256 + n++;
            BYTE_TO_CHAR[b] = c;
            CHAR_TO_BYTE[c] = b;
        }
    }

    private ByteLevelAlphabet() {
    }

    /** The char standing for {@code b} (0..255). */
    public static int charOf(int b) {
        return BYTE_TO_CHAR[b & 0xFF];
    }

    /**
     * Rewrites every char of {@code s} as its UTF-8 bytes in this alphabet's chars; the bytes of
     * one char all keep that char's alignment (HF: the first replaces it, the others are
     * insertions after it). Shared by the ByteLevel normalizer and pre-tokenizer, which HF also
     * run through one function (byte_level.rs, used by normalizers/byte_level.rs).
     */
    public static void toBytes(NormalizedString s) {
        int n = s.length();
        if (n == 0) {
            return;
        }
        NormalizedString.Transform t = s.transform();
        for (int i = 0; i < n; i++) {
            int c = s.charAt(i);
            if (c >= 0xD800 && c <= 0xDFFF) {
                // a lone surrogate has no UTF-8 form and Rust strings cannot hold one; what HF
                // would see after a lossy conversion is U+FFFD
                c = 0xFFFD;
            }
            if (c < 0x80) {
                t.add(charOf(c), 0);
            } else if (c < 0x800) {
                t.add(charOf(0xC0 | (c >> 6)), 0);
                t.add(charOf(0x80 | (c & 0x3F)), 1);
            } else if (c < 0x10000) {
                t.add(charOf(0xE0 | (c >> 12)), 0);
                t.add(charOf(0x80 | ((c >> 6) & 0x3F)), 1);
                t.add(charOf(0x80 | (c & 0x3F)), 1);
            } else {
                t.add(charOf(0xF0 | (c >> 18)), 0);
                t.add(charOf(0x80 | ((c >> 12) & 0x3F)), 1);
                t.add(charOf(0x80 | ((c >> 6) & 0x3F)), 1);
                t.add(charOf(0x80 | (c & 0x3F)), 1);
            }
        }
        t.apply(0);
    }

    /** The byte {@code c} stands for, or -1 when {@code c} is not in the alphabet. */
    public static int byteOf(int c) {
        return c >= 0 && c < CHAR_TO_BYTE.length ? CHAR_TO_BYTE[c] : -1;
    }
}
