package dev.sentence4j.tokenizers.decoder;

import java.util.List;

/** The decoding stage (HF decoders/): turns tokens back into text. */
public sealed interface Decoder permits WordPieceDecoder {

    String decode(List<String> tokens);
}
