package dev.sentence4j.tokenizers.decoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * CTC decoder (HF decoders/ctc.rs, JSON type "CTC"), for speech models' character vocabularies:
 * repeated consecutive tokens collapse to one, the pad token is removed from each token, and
 * with {@code cleanup} the WordPiece cleanup runs and the word delimiter becomes ' '. Tokens left
 * empty are dropped.
 */
public record CtcDecoder(String padToken, String wordDelimiterToken, boolean cleanup) implements Decoder {

    public CtcDecoder {
        Objects.requireNonNull(padToken, "padToken");
        Objects.requireNonNull(wordDelimiterToken, "wordDelimiterToken");
    }

    @Override
    public List<String> decodeChain(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        String previous = null;
        for (String token : tokens) {
            if (token.equals(previous)) {
                continue; // itertools dedup: consecutive duplicates, before any replacement
            }
            previous = token;
            String replaced = token.replace(padToken, "");
            if (cleanup) {
                replaced = WordPieceDecoder.cleanup(replaced).replace(wordDelimiterToken, " ");
            }
            if (!replaced.isEmpty()) {
                out.add(replaced);
            }
        }
        return out;
    }
}
