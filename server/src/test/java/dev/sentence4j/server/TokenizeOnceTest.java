package dev.sentence4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sentence4j.server.backend.EmbeddingBackend;
import dev.sentence4j.tokenizers.Encoding;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server tokenizes each input once, as TEI does: the request thread tokenizes it to check
 * its length, and the batch runs those same tokens (the backend's forward pass takes encodings,
 * not text, so it has nothing to tokenize). Counted on every inference route.
 */
class TokenizeOnceTest {
    static final AtomicInteger calls = new AtomicInteger();
    static EmbeddingServer server;
    static Client client;

    /** Counts the tokenizations the router asks for. */
    static final class CountingBackend extends ForwardingBackend {
        CountingBackend(EmbeddingBackend delegate) {
            super(delegate);
        }

        @Override
        public Encoding tokenizeInput(String text, String promptName, boolean truncate) {
            calls.incrementAndGet();
            return super.tokenizeInput(text, promptName, truncate);
        }
    }

    @BeforeAll
    static void start() {
        server = EmbeddingServer.start(SharedModel.config(), new CountingBackend(SharedModel.backend()));
        client = new Client(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void eachInputIsTokenizedOnceOnEveryRoute() {
        List<String> three = List.of("one short text", "a second, somewhat longer text to embed", "third");
        assertOnce(3, "/embed", Map.of("inputs", three));
        assertOnce(2, "/embed", Map.of("inputs", three.subList(0, 2), "truncate", true));
        assertOnce(2, "/embed_all", Map.of("inputs", three.subList(0, 2)));
        assertOnce(3, "/similarity", Map.of("inputs", Map.of("source_sentence", "query", "sentences", three.subList(0, 2))));
        assertOnce(3, "/v1/embeddings", Map.of("input", three));
    }

    private static void assertOnce(int inputs, String route, Object body) {
        calls.set(0);
        Client.Response r = client.post(route, body);
        assertThat(r.status()).as(route + ": " + r.body()).isEqualTo(200);
        assertThat(calls.get()).as(route + " tokenizations").isEqualTo(inputs);
    }
}
