package dev.sentence4j.server.metrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;

/**
 * The server's metrics, rendered in the Prometheus text exposition format (version 0.0.4):
 * requests by route and status, request latency by route, batch sizes and tokens, queue depth.
 */
public final class ServerMetrics {
    private static final double[] LATENCY_SECONDS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    private static final double[] BATCH_INPUTS = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512};
    private static final double[] BATCH_TOKENS = {16, 64, 256, 1024, 2048, 4096, 8192, 16384, 32768};

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>(); // key: route + '\0' + status
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
    private final Histogram batchInputs = new Histogram(BATCH_INPUTS);
    private final Histogram batchTokens = new Histogram(BATCH_TOKENS);
    private final Histogram batchSeconds = new Histogram(LATENCY_SECONDS);
    private final LongAdder batches = new LongAdder();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile IntSupplier queueDepth = () -> 0;

    public void queueDepth(IntSupplier supplier) {
        this.queueDepth = supplier;
    }

    public AtomicInteger inFlight() {
        return inFlight;
    }

    public void request(String route, int status, long nanos) {
        requests.computeIfAbsent(route + '\0' + status, k -> new LongAdder()).increment();
        latency.computeIfAbsent(route, k -> new Histogram(LATENCY_SECONDS)).observe(nanos / 1e9);
    }

    /** One forward pass: its inputs, its padded tokens (inputs times the longest), its duration. */
    public void batch(int inputs, int paddedTokens, long nanos) {
        batches.increment();
        batchInputs.observe(inputs);
        batchTokens.observe(paddedTokens);
        batchSeconds.observe(nanos / 1e9);
    }

    public long requestCount(String route, int status) {
        LongAdder a = requests.get(route + '\0' + status);
        return a == null ? 0 : a.sum();
    }

    public String render() {
        StringBuilder out = new StringBuilder(4096);
        out.append("# HELP sentence4j_requests_total HTTP requests by route and status.\n");
        out.append("# TYPE sentence4j_requests_total counter\n");
        for (Map.Entry<String, LongAdder> e : new TreeMap<>(requests).entrySet()) {
            String[] parts = e.getKey().split("\0", 2);
            out.append("sentence4j_requests_total{route=\"").append(parts[0]).append("\",status=\"").append(parts[1])
                    .append("\"} ").append(e.getValue().sum()).append('\n');
        }
        out.append("# HELP sentence4j_request_duration_seconds Request latency by route.\n");
        out.append("# TYPE sentence4j_request_duration_seconds histogram\n");
        for (Map.Entry<String, Histogram> e : new TreeMap<>(latency).entrySet()) {
            e.getValue().write(out, "sentence4j_request_duration_seconds", "route=\"" + e.getKey() + "\",");
        }
        out.append("# HELP sentence4j_batch_inputs Inputs per forward pass.\n");
        out.append("# TYPE sentence4j_batch_inputs histogram\n");
        batchInputs.write(out, "sentence4j_batch_inputs", "");
        out.append("# HELP sentence4j_batch_tokens Padded tokens per forward pass (inputs times the longest input).\n");
        out.append("# TYPE sentence4j_batch_tokens histogram\n");
        batchTokens.write(out, "sentence4j_batch_tokens", "");
        out.append("# HELP sentence4j_batch_duration_seconds Forward pass duration.\n");
        out.append("# TYPE sentence4j_batch_duration_seconds histogram\n");
        batchSeconds.write(out, "sentence4j_batch_duration_seconds", "");
        out.append("# HELP sentence4j_batches_total Forward passes run.\n");
        out.append("# TYPE sentence4j_batches_total counter\n");
        out.append("sentence4j_batches_total ").append(batches.sum()).append('\n');
        out.append("# HELP sentence4j_queue_depth Inputs waiting for the batcher.\n");
        out.append("# TYPE sentence4j_queue_depth gauge\n");
        out.append("sentence4j_queue_depth ").append(queueDepth.getAsInt()).append('\n');
        out.append("# HELP sentence4j_requests_in_flight Requests being served.\n");
        out.append("# TYPE sentence4j_requests_in_flight gauge\n");
        out.append("sentence4j_requests_in_flight ").append(inFlight.get()).append('\n');
        return out.toString();
    }
}
