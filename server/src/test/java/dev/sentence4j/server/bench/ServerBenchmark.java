package dev.sentence4j.server.bench;

import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.server.EmbeddingServer;
import dev.sentence4j.server.ServerConfig;
import dev.sentence4j.server.backend.EncoderBackend;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput of the server with 1, 8 and 32 concurrent clients (one input per request, as
 * interactive callers send them) against offline batch encode of the same inputs in the same
 * JVM; p50 and p99 latency per level. Not a test: run it with server/bench/run.sh.
 *
 * <p>Arguments: [requests per level, default 2000] [client levels, default 1,8,32].
 */
public final class ServerBenchmark {
    private ServerBenchmark() {}

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int[] levels = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray() : new int[] {1, 8, 32};
        PrintStream out = System.out;
        List<String> inputs = new ArrayList<>(requests);
        String[] topics = {"the weather", "a jazz concert", "database indexes", "river boats", "night trains", "coffee beans",
            "mountain trails", "chess openings", "vegetable gardens", "the moon landing"};
        for (int i = 0; i < requests; i++) {
            inputs.add("Sentence number " + i + " is about " + topics[i % topics.length] + " and " + topics[(i * 3 + 1) % topics.length] + ".");
        }
        try (EncoderBackend backend = EncoderBackend.load("all-MiniLM-L6-v2")) {
            SentenceEncoder encoder = backend.encoder();
            encoder.encode(inputs.subList(0, Math.min(256, requests))); // warm-up
            long t0 = System.nanoTime();
            encoder.encode(inputs);
            double offlineSeconds = (System.nanoTime() - t0) / 1e9;
            double offline = requests / offlineSeconds;
            out.printf(Locale.ROOT, "cores: %d, requests per level: %d, model: all-MiniLM-L6-v2%n",
                    Runtime.getRuntime().availableProcessors(), requests);
            out.printf(Locale.ROOT, "| mode | clients | inputs/s | vs offline | p50 ms | p99 ms |%n");
            out.printf(Locale.ROOT, "|---|---|---|---|---|---|%n");
            out.printf(Locale.ROOT, "| offline encode (batch 32) | - | %.0f | 100%% | - | - |%n", offline);
            try (EmbeddingServer server = EmbeddingServer.start(ServerConfig.defaults().withPort(0), backend)) {
                run(server.uri(), inputs.subList(0, Math.min(200, requests)), 8); // warm-up
                for (int clients : levels) {
                    Result r = run(server.uri(), inputs, clients);
                    out.printf(Locale.ROOT, "| server /embed | %d | %.0f | %.0f%% | %.1f | %.1f |%n", clients, r.throughput,
                            100 * r.throughput / offline, r.p50Millis, r.p99Millis);
                }
            }
        }
    }

    record Result(double throughput, double p50Millis, double p99Millis) {}

    static Result run(URI base, List<String> inputs, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long[] latencies = new long[inputs.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < inputs.size(); i = next.getAndIncrement()) {
                    String body = "{\"inputs\":\"" + inputs.get(i) + "\"}";
                    long s = System.nanoTime();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("embed"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    latencies[i] = System.nanoTime() - s;
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("request " + i + ": " + r.statusCode() + " " + r.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        return new Result(inputs.size() / seconds, latencies[latencies.length / 2] / 1e6,
                latencies[(int) Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.99) - 1)] / 1e6);
    }
}
