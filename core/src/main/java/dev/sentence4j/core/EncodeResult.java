package dev.sentence4j.core;

import dev.sentence4j.core.quantization.QuantizedEmbeddings;
import java.util.BitSet;
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
 * @param truncatedRows   the inputs cut at max_seq_length
 */
public record EncodeResult(Embeddings embeddings, QuantizedEmbeddings quantized, List<TokenEmbeddings> tokenEmbeddings,
        BitSet truncatedRows) {
    public EncodeResult {
        tokenEmbeddings = List.copyOf(tokenEmbeddings);
        truncatedRows = (BitSet) truncatedRows.clone();
    }

    /** The inputs cut at max_seq_length (a copy). */
    @Override
    public BitSet truncatedRows() {
        return (BitSet) truncatedRows.clone();
    }

    /** How many inputs were cut at max_seq_length. */
    public int truncated() {
        return truncatedRows.cardinality();
    }

    /** Whether input {@code row} was cut at max_seq_length. */
    public boolean isTruncated(int row) {
        return truncatedRows.get(row);
    }

    public Optional<QuantizedEmbeddings> quantizedEmbeddings() {
        return Optional.ofNullable(quantized);
    }
}
