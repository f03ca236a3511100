package dev.sentence4j.server;

import dev.sentence4j.server.backend.EmbeddingBackend;
import dev.sentence4j.server.backend.EncodeSpec;
import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.TokenEmbeddings;
import dev.sentence4j.tokenizers.Encoding;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A backend whose forward passes wait for {@link #release()}: holds a request in flight, deterministically. */
final class GatedBackend extends ForwardingBackend {
    final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch gate = new CountDownLatch(1);

    GatedBackend(EmbeddingBackend delegate) {
        super(delegate);
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
    public Embeddings embed(List<Encoding> encodings, EncodeSpec.Sentences spec) {
        await();
        return delegate.embed(encodings, spec);
    }

    @Override
    public List<TokenEmbeddings> embedTokens(List<Encoding> encodings, EncodeSpec.Tokens spec) {
        await();
        return delegate.embedTokens(encodings, spec);
    }

    private void await() {
        entered.countDown();
        try {
            if (!gate.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gate never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
