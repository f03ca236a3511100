package dev.sentence4j.server;

import dev.sentence4j.server.backend.BackendInfo;
import dev.sentence4j.server.backend.EmbeddingBackend;
import dev.sentence4j.server.backend.EncodeSpec;
import dev.sentence4j.server.backend.EncodedBatch;
import dev.sentence4j.server.backend.TokenSpan;
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
    public EncodedBatch encode(List<String> texts, EncodeSpec spec) {
        return delegate.encode(texts, spec);
    }

    @Override
    public BackendInfo info() {
        return delegate.info();
    }

    @Override
    public int countTokens(String text, String promptName) {
        return delegate.countTokens(text, promptName);
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
