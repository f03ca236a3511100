package dev.sentence4j.server.backend;

import java.util.List;

/**
 * What the server needs from a model: TEI's split between router and backend. The batcher is
 * the only caller of {@link #encode}; the other methods are called from request threads and
 * must be safe for concurrent callers.
 */
public interface EmbeddingBackend extends AutoCloseable {

    BackendInfo info();

    /**
     * How many tokens the model would see for {@code text} with the prompt prepended and special
     * tokens added, before any truncation.
     */
    int countTokens(String text, String promptName);

    /** The tokens of {@code text} (prompt prepended), not truncated. */
    List<TokenSpan> tokenize(String text, boolean addSpecialTokens, String promptName);

    String decode(int[] ids, boolean skipSpecialTokens);

    /** One forward pass over {@code texts}, truncated at the model's maximum input length. */
    EncodedBatch encode(List<String> texts, EncodeSpec spec);

    @Override
    void close();
}
