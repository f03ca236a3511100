package dev.sentence4j.server;

import static dev.sentence4j.server.ContractTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** 429 over max concurrent requests, 401 without the API key, graceful shutdown: made deterministic by holding a request. */
class LimitsTest {
    /** Own threads: the common pool has one worker on two cores, and a blocked one would starve the next test. */
    static final ExecutorService THREADS = Executors.newVirtualThreadPerTaskExecutor();

    @Test
    void overMaxConcurrentRequestsIs429() throws Exception {
        GatedBackend gated = new GatedBackend(SharedModel.backend());
        try (EmbeddingServer server = EmbeddingServer.start(SharedModel.config().withMaxConcurrentRequests(1), gated)) {
            Client client = new Client(server.uri());
            CompletableFuture<Client.Response> held = CompletableFuture.supplyAsync(
                    () -> client.post("/embed", Map.of("inputs", "held in the backend")), THREADS);
            gated.awaitEntered();
            assertError(client.post("/embed", Map.of("inputs", "one too many")), 429, "Overloaded",
                    "1 requests are in flight (max_concurrent_requests)");
            assertError(client.post("/v1/embeddings", Map.of("input", "one too many")), 429, "Overloaded", "Model is overloaded");
            // Routes that do not run the model are not counted.
            assertThat(client.get("/info").status()).isEqualTo(200);
            gated.release();
            assertThat(held.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
            assertThat(client.post("/embed", Map.of("inputs", "after")).status()).isEqualTo(200);
            assertThat(server.metrics().requestCount("/embed", 429)).isEqualTo(1);
        }
    }

    @Test
    void apiKeyIsRequiredWhenSet() {
        try (EmbeddingServer server = EmbeddingServer.start(SharedModel.config().withApiKey("s3cret"), SharedModel.backend())) {
            Client anonymous = new Client(server.uri());
            Client wrong = new Client(server.uri(), "guess");
            Client right = new Client(server.uri(), "s3cret");
            for (String path : new String[] {"/embed", "/embed_all", "/similarity", "/tokenize", "/decode", "/v1/embeddings"}) {
                assertError(anonymous.post(path, "{}"), 401, "Unauthorized", "Authorization: Bearer");
            }
            assertError(anonymous.get("/info"), 401, "Unauthorized", "API key");
            assertError(anonymous.get("/metrics"), 401, "Unauthorized", "API key");
            assertError(wrong.post("/embed", Map.of("inputs", "x")), 401, "Unauthorized", "API key");
            // RFC 6750: a 401 names the scheme, and invalid_token when a key was sent.
            assertThat(anonymous.get("/info").headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"sentence4j\"");
            assertThat(wrong.get("/info").headers().firstValue("WWW-Authenticate"))
                    .hasValue("Bearer realm=\"sentence4j\", error=\"invalid_token\"");
            assertThat(right.post("/embed", Map.of("inputs", "x")).status()).isEqualTo(200);
            // Liveness probes and the playground page need no key.
            assertThat(anonymous.get("/health").status()).isEqualTo(200);
            assertThat(anonymous.get("/").status()).isEqualTo(200);
        }
    }

    @Test
    void closeRefusesNewConnectionsAndFinishesInFlightRequests() throws Exception {
        GatedBackend gated = new GatedBackend(SharedModel.backend());
        EmbeddingServer server = EmbeddingServer.start(SharedModel.config(), gated);
        Client client = new Client(server.uri());
        CompletableFuture<Client.Response> inFlight = CompletableFuture.supplyAsync(
                () -> client.post("/embed", Map.of("inputs", "in flight during shutdown")), THREADS);
        gated.awaitEntered();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close, THREADS);
        // Shutdown waits for the request in flight...
        Thread.sleep(300);
        assertThat(closing).isNotDone();
        // ...while a new connection is refused.
        assertThatThrownBy(() -> new Client(server.uri()).get("/health"))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(ConnectException.class);
        gated.release();
        Client.Response r = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get(0).size()).isEqualTo(384);
        closing.get(30, TimeUnit.SECONDS);
    }
}
