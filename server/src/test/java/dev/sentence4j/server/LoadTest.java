package dev.sentence4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.core.Embeddings;
import dev.sentence4j.server.backend.EmbeddingBackend;
import dev.sentence4j.server.backend.EncodeSpec;
import dev.sentence4j.core.Embeddings;
import dev.sentence4j.tokenizers.Encoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 64 concurrent clients send 10,000 requests over loopback: no errors, every answer equals the
 * offline encode of its input, and the batcher really formed multi-input batches within budget.
 */
class LoadTest {
    static final int CLIENTS = 64;
    static final int REQUESTS = 10_000;
    static final int MAX_BATCH_TOKENS = 2048;

    @Test
    void sixtyFourClientsTenThousandRequests() throws Exception {
        // Short distinct inputs keep the offline reference and the run fast on two cores.
        List<String> inputs = new ArrayList<>(REQUESTS);
        for (int i = 0; i < REQUESTS; i++) {
            inputs.add(i + " " + WORDS[i % WORDS.length]);
        }
        Embeddings offline = SharedModel.backend().encoder().encode(inputs);

        RecordingBackend recording = new RecordingBackend(SharedModel.backend());
        try (EmbeddingServer server = EmbeddingServer.start(SharedModel.config().withMaxBatchTokens(MAX_BATCH_TOKENS), recording)) {
            AtomicInteger next = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    Client client = new Client(server.uri());
                    for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                        Client.Response r = client.post("/embed", Map.of("inputs", inputs.get(i)));
                        if (r.status() != 200) {
                            failures.add(i + ": " + r.status() + " " + r.body());
                            continue;
                        }
                        JsonNode row = r.json().get(0);
                        float[] expected = offline.row(i);
                        for (int d = 0; d < expected.length; d++) {
                            if (Math.abs(row.get(d).floatValue() - expected[d]) > 1e-6) {
                                failures.add(i + ": dimension " + d + " is " + row.get(d).floatValue() + ", offline " + expected[d]);
                                break;
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : clients) {
                f.get();
            }
            pool.shutdown();
            assertThat(failures).as("failed requests (first: %s)", failures.peek()).isEmpty();
            assertThat(server.metrics().requestCount("/embed", 200)).isEqualTo(REQUESTS);
        }
        int inputsRun = recording.sizes.stream().mapToInt(Integer::intValue).sum();
        assertThat(inputsRun).isEqualTo(REQUESTS);
        assertThat(recording.sizes.stream().mapToInt(Integer::intValue).max().orElse(0))
                .as("concurrent requests share forward passes").isGreaterThan(8);
        assertThat(recording.sizes.size()).as("forward passes").isLessThan(REQUESTS / 4);
        assertThat(recording.maxPaddedTokens.get()).as("padded tokens of the largest pass").isLessThanOrEqualTo(MAX_BATCH_TOKENS);
    }

    static final String[] WORDS = {"cats", "dogs", "the weather", "jazz", "databases", "rivers", "trains", "coffee",
        "mountains", "chess", "gardens", "the moon", "bread", "violins", "bicycles", "the sea", "poetry"};

    /** Records the size and padded token count of every forward pass. */
    static final class RecordingBackend extends ForwardingBackend {
        final ConcurrentLinkedQueue<Integer> sizes = new ConcurrentLinkedQueue<>();
        final AtomicInteger maxPaddedTokens = new AtomicInteger();

        RecordingBackend(EmbeddingBackend delegate) {
            super(delegate);
        }

        @Override
        public Embeddings embed(List<Encoding> encodings, EncodeSpec.Sentences spec) {
            int longest = 0;
            for (Encoding e : encodings) {
                longest = Math.max(longest, e.length());
            }
            int padded = longest * encodings.size();
            maxPaddedTokens.accumulateAndGet(padded, Math::max);
            sizes.add(encodings.size());
            return delegate.embed(encodings, spec);
        }
    }
}
