package dev.sentence4j.server;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.TokenEmbeddings;
import dev.sentence4j.server.backend.BackendInfo;
import dev.sentence4j.server.backend.EmbeddingBackend;
import dev.sentence4j.server.backend.EncodeSpec;
import dev.sentence4j.server.backend.TokenSpan;
import dev.sentence4j.tokenizers.Encoding;
import java.util.List;

/**
 * A test backend that passes every call to a real one; subclasses override the forward pass to
 * hold or record it. Closing it leaves the shared real model open.
 */
abstract class ForwardingBackend implements EmbeddingBackend {
    final EmbeddingBackend delegate;

    ForwardingBackend(EmbeddingBackend delegate) {
        this.delegate = delegate;
    }

    @Override
    public Embeddings embed(List<Encoding> encodings, EncodeSpec.Sentences spec) {
        return delegate.embed(encodings, spec);
    }

    @Override
    public List<TokenEmbeddings> embedTokens(List<Encoding> encodings, EncodeSpec.Tokens spec) {
        return delegate.embedTokens(encodings, spec);
    }

    @Override
    public BackendInfo info() {
        return delegate.info();
    }

    @Override
    public Encoding tokenizeInput(String text, String promptName, boolean truncate) {
        return delegate.tokenizeInput(text, promptName, truncate);
    }

    @Override
    public String modelText(String text, String promptName) {
        return delegate.modelText(text, promptName);
    }

    @Override
    public List<TokenSpan> tokenize(String text, boolean addSpecialTokens, String promptName) {
        return delegate.tokenize(text, addSpecialTokens, promptName);
    }

    @Override
    public String decode(int[] ids, boolean skipSpecialTokens) {
        return delegate.decode(ids, skipSpecialTokens);
    }

    @Override
    public void close() {
        // the shared model stays open
    }
}
