package dev.sentence4j.tokenizers.decoder;

import dev.sentence4j.tokenizers.ByteLevelAlphabet;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Byte-level decoder (HF decoders/byte_level.rs, JSON type "ByteLevel"): each token's chars back
 * to their bytes (a token with a char outside the alphabet, such as an added token, is taken as
 * its own UTF-8), all bytes joined and read as UTF-8, invalid sequences becoming U+FFFD.
 */
public record ByteLevelDecoder() implements Decoder {

    @Override
    public List<String> decodeChain(List<String> tokens) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String token : tokens) {
            byte[] mapped = new byte[token.length()];
            int k = 0;
            boolean all = true;
            for (int p = 0; p < token.length(); ) {
                int c = token.codePointAt(p);
                p += Character.charCount(c);
                int b = ByteLevelAlphabet.byteOf(c);
                if (b < 0) {
                    all = false;
                    break;
                }
                mapped[k++] = (byte) b;
            }
            if (all) {
                bytes.write(mapped, 0, k);
            } else {
                bytes.writeBytes(token.getBytes(StandardCharsets.UTF_8));
            }
        }
        return List.of(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
    }
}
