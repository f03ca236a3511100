package dev.sentence4j.server.backend;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.TokenEmbeddings;
import dev.sentence4j.tokenizers.Encoding;
import java.util.List;

/**
 * What the server needs from a model: TEI's split between router and backend. The router
 * tokenizes each input once ({@link #tokenizeInput}), checks its length on those tokens, and the
 * batcher hands the same tokens to {@link #embed} or {@link #embedTokens}: no text reaches the
 * forward pass, so nothing is tokenized twice. The batcher is the only caller of the two embed
 * methods; the others are called from request threads and must be safe for concurrent callers.
 */
public interface EmbeddingBackend extends AutoCloseable {

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

    /** One forward pass: sentence embeddings of {@code encodings}, rows in order. */
    Embeddings embed(List<Encoding> encodings, EncodeSpec.Sentences spec);

    /** One forward pass: token embeddings of {@code encodings}, in order. */
    List<TokenEmbeddings> embedTokens(List<Encoding> encodings, EncodeSpec.Tokens spec);

    @Override
    void close();
}
