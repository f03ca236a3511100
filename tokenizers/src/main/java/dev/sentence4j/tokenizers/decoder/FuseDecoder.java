package dev.sentence4j.tokenizers.decoder;

import java.util.List;

/** Fuse decoder (HF decoders/fuse.rs): all tokens joined into one. */
public record FuseDecoder() implements Decoder {

    @Override
    public List<String> decodeChain(List<String> tokens) {
        return List.of(String.join("", tokens));
    }
}
