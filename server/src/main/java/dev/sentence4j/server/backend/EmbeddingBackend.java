package dev.sentence4j.server.backend;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.TokenEmbeddings;
import dev.sentence4j.tokenizers.Encoding;
import java.util.List;

/**
 * A sentence embedding model's forward passes. The batcher is the only caller of these two
 * methods, with encodings that {@link #tokenizeInput} made.
 */
public interface EmbeddingBackend extends ModelBackend {

    /** One forward pass: sentence embeddings of {@code encodings}, rows in order. */
    Embeddings embed(List<Encoding> encodings, EncodeSpec.Sentences spec);

    /** One forward pass: token embeddings of {@code encodings}, in order. */
    List<TokenEmbeddings> embedTokens(List<Encoding> encodings, EncodeSpec.Tokens spec);
}
