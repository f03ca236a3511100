package dev.sentence4j.server;

import dev.sentence4j.server.backend.BackendInfo;
import dev.sentence4j.server.backend.EmbeddingBackend;
import dev.sentence4j.server.backend.EncodeSpec;
import dev.sentence4j.server.backend.EncodedBatch;
import dev.sentence4j.server.backend.TokenSpan;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A backend whose forward passes wait for {@link #release()}: holds a request in flight, deterministically. */
final class GatedBackend implements EmbeddingBackend {
    private final EmbeddingBackend delegate;
    final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch gate = new CountDownLatch(1);

    GatedBackend(EmbeddingBackend delegate) {
        this.delegate = delegate;
    }

    void release() {
        gate.countDown();
    }

    void awaitEntered() throws InterruptedException {
        if (!entered.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("no forward pass started within 30 s");
        }
    }

    @Override
    public EncodedBatch encode(List<String> texts, EncodeSpec spec) {
        entered.countDown();
        try {
            if (!gate.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gate never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
