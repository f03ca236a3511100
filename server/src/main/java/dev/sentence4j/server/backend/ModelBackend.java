package dev.sentence4j.server.backend;

import dev.sentence4j.tokenizers.Encoding;
import java.util.List;

/**
 * What every served model offers the router, whatever it computes: TEI's split between router
 * and backend. The router tokenizes each input once ({@link #tokenizeInput}), checks its length
 * on those tokens, and the batcher hands the same tokens to the kind's forward pass
 * ({@link EmbeddingBackend}, {@link SparseBackend}, {@link ScoringBackend}). The methods here are
 * called from request threads and must be safe for concurrent callers.
 */
public interface ModelBackend extends AutoCloseable {

    BackendInfo info();

    /**
     * The tokens the model runs for {@code text} with the prompt named {@code promptName} (null:
     * the model's default): truncated at the maximum input length when {@code truncate}, else
     * whole (so a caller can refuse an input that is too long, naming its length).
     */
    Encoding tokenizeInput(String text, String promptName, boolean truncate);

    /** The text the tokenizer receives for {@code text}: the prompt prepended, prepared as the model does. */
    String modelText(String text, String promptName);

    /** The tokens of {@code text} as the model sees it (prompt, preparation), not truncated, for /tokenize. */
    List<TokenSpan> tokenize(String text, boolean addSpecialTokens, String promptName);

    String decode(int[] ids, boolean skipSpecialTokens);

    @Override
    void close();
}
