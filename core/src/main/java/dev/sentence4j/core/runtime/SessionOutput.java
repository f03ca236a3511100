package dev.sentence4j.core.runtime;

import java.util.List;

/**
 * Which output of an encoder graph a session reads, and so which models it serves: a sentence
 * embedding model's token embeddings, a masked-language model's logits per token (SPLADE), or a
 * sequence classifier's one row per input (a cross-encoder's {@code logits}).
 */
public enum SessionOutput {
    /** {@code [batch, seqLen, dim]}: last_hidden_state or token_embeddings, else the single rank-3 output. */
    TOKEN_EMBEDDINGS(List.of("last_hidden_state", "token_embeddings"), 3, "token embeddings"),
    /**
     * {@code [batch, seqLen, vocab]}: a masked-language model's {@code logits} (optimum's
     * ORTModelForMaskedLM export), else the single rank-3 output.
     */
    TOKEN_LOGITS(List.of("logits"), 3, "per-token logits"),
    /**
     * {@code [batch, labels]}: {@code logits}, the name transformers' SequenceClassifierOutput
     * gives it and optimum's ONNX export keeps, else the single rank-2 output.
     */
    LOGITS(List.of("logits"), 2, "logits");

    private final List<String> names;
    private final int rank;
    private final String description;

    SessionOutput(List<String> names, int rank, String description) {
        this.names = names;
        this.rank = rank;
        this.description = description;
    }

    /** What the output holds, for messages: "token embeddings". */
    public String description() {
        return description;
    }

    /** Output names that hold this output, in order of preference. */
    public List<String> names() {
        return names;
    }

    /** The output's rank: 3 for token embeddings, 2 for one row per input. */
    public int rank() {
        return rank;
    }
}
