package dev.sentence4j.tokenizers.decoder;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Byte-fallback decoder (HF decoders/byte_fallback.rs): runs of {@code <0xXX>} tokens become the
 * text their bytes spell, or one U+FFFD per byte when they are not valid UTF-8.
 */
public record ByteFallbackDecoder() implements Decoder {

    @Override
    public List<String> decodeChain(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        byte[] pending = new byte[16];
        int n = 0;
        for (String token : tokens) {
            int b = byteOf(token);
            if (b >= 0) {
                if (n == pending.length) {
                    pending = java.util.Arrays.copyOf(pending, n * 2);
                }
                pending[n++] = (byte) b;
                continue;
            }
            flush(pending, n, out);
            n = 0;
            out.add(token);
        }
        flush(pending, n, out);
        return out;
    }

    /** The byte of {@code <0xXX>} (exactly 6 UTF-8 bytes, as HF checks), else -1. */
    static int byteOf(String token) {
        if (token.length() != 6 || !token.startsWith("<0x") || !token.endsWith(">")) {
            return -1;
        }
        String hex = token.substring(3, 5);
        if (hex.charAt(0) == '+') {
            hex = hex.substring(1); // Rust's from_str_radix accepts a leading '+'
        }
        int value = 0;
        for (int i = 0; i < hex.length(); i++) {
            int d = Character.digit(hex.charAt(i), 16);
            if (d < 0 || hex.charAt(i) > 0x7F) {
                return -1;
            }
            value = value * 16 + d;
        }
        return value;
    }

    private static void flush(byte[] pending, int n, List<String> out) {
        if (n == 0) {
            return;
        }
        try {
            out.add(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(pending, 0, n)).toString());
        } catch (CharacterCodingException e) {
            for (int i = 0; i < n; i++) {
                out.add("\uFFFD");
            }
        }
    }
}
