package dev.sentence4j.tokenizers.decoder;

import java.util.List;
import java.util.Objects;

/**
 * WordPiece decoder (HF decoders/wordpiece.rs; JSON type "WordPiece"): tokens after the first
 * lose their prefix ("##") or get a leading space; with {@code cleanup}, spaces before
 * punctuation and English contractions are removed, token by token, as HF does.
 */
public record WordPieceDecoder(String prefix, boolean cleanup) implements Decoder {

    public WordPieceDecoder {
        Objects.requireNonNull(prefix, "prefix");
    }

    @Override
    public List<String> decodeChain(List<String> tokens) {
        List<String> out = new java.util.ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (i != 0) {
                if (token.startsWith(prefix)) {
                    token = token.substring(prefix.length());
                } else {
                    token = " " + token;
                }
            }
            if (cleanup) {
                token = cleanup(token);
            }
            out.add(token);
        }
        return out;
    }

    /** HF decoders/wordpiece.rs cleanup: the same replacements in the same order. */
    static String cleanup(String s) {
        return s.replace(" .", ".")
                .replace(" ?", "?")
                .replace(" !", "!")
                .replace(" ,", ",")
                .replace(" ' ", "'")
                .replace(" n't", "n't")
                .replace(" 'm", "'m")
                .replace(" do not", " don't")
                .replace(" 's", "'s")
                .replace(" 've", "'ve")
                .replace(" 're", "'re");
    }
}
