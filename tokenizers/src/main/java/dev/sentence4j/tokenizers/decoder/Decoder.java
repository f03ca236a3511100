package dev.sentence4j.tokenizers.decoder;

import java.util.List;

/**
 * The decoding stage (HF decoders/): turns tokens back into text. As in HF, each decoder maps
 * the token list to a new list ({@link #decodeChain}), so decoders chain in a
 * {@link DecoderSequence}; the text is the concatenation of the last list.
 */
public sealed interface Decoder
        permits WordPieceDecoder, ByteLevelDecoder, MetaspaceDecoder, ByteFallbackDecoder, FuseDecoder, StripDecoder,
        ReplaceDecoder, BpeDecoder, DecoderSequence, CtcDecoder {

    /** HF decode_chain: the tokens after this decoder. */
    List<String> decodeChain(List<String> tokens);

    /** HF decode: the chain's output joined. */
    default String decode(List<String> tokens) {
        return String.join("", decodeChain(tokens));
    }
}
