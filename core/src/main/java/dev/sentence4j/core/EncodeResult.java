package dev.sentence4j.core;

import dev.sentence4j.core.quantization.QuantizedEmbeddings;
import java.util.List;
import java.util.Optional;

/**
 * What {@link SentenceEncoder#encode(List, EncodeOptions)} returns, rows in input order.
 *
 * @param embeddings      float32 sentence embeddings (after truncation and normalization); null
 *                        when the output value is {@link OutputValue#TOKEN}
 * @param quantized       the sentence embeddings quantized, when a precision other than float32 was
 *                        asked and sentence embeddings were; else null
 * @param tokenEmbeddings per-input token embeddings for TOKEN or BOTH; else empty
 */
public record EncodeResult(Embeddings embeddings, QuantizedEmbeddings quantized, List<TokenEmbeddings> tokenEmbeddings) {
    public EncodeResult {
        tokenEmbeddings = List.copyOf(tokenEmbeddings);
    }

    public Optional<QuantizedEmbeddings> quantizedEmbeddings() {
        return Optional.ofNullable(quantized);
    }
}
