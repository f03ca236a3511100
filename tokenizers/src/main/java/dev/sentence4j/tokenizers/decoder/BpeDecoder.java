package dev.sentence4j.tokenizers.decoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * BPE decoder (HF decoders/bpe.rs, JSON type "BPEDecoder"): the end-of-word suffix becomes a
 * space, or nothing in the last token.
 */
public record BpeDecoder(String suffix) implements Decoder {

    public BpeDecoder {
        Objects.requireNonNull(suffix, "suffix");
    }

    @Override
    public List<String> decodeChain(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            out.add(suffix.isEmpty() ? tokens.get(i)
                    : tokens.get(i).replace(suffix, i == tokens.size() - 1 ? "" : " "));
        }
        return out;
    }
}
