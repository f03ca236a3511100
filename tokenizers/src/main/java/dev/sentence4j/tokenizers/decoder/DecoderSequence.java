package dev.sentence4j.tokenizers.decoder;

import java.util.List;

/** Decoders applied in order, each to the previous one's output (HF decoders/sequence.rs). */
public record DecoderSequence(List<Decoder> decoders) implements Decoder {

    public DecoderSequence {
        decoders = List.copyOf(decoders);
    }

    @Override
    public List<String> decodeChain(List<String> tokens) {
        List<String> current = tokens;
        for (Decoder d : decoders) {
            current = d.decodeChain(current);
        }
        return current;
    }
}
