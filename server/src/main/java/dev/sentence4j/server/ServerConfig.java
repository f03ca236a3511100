package dev.sentence4j.server;

import dev.sentence4j.core.EmbeddedModels;
import java.util.Locale;

/**
 * How the server runs; the defaults are text-embeddings-inference's (router/src/main.rs), except
 * the host, which is loopback so that a server started by hand is not reachable from the network.
 *
 * @param host                  interface to bind
 * @param port                  TCP port; 0 picks a free one (tests)
 * @param maxBatchTokens        token budget of one forward pass: batch size times the longest
 *                              input of the batch (padding counts, as the model computes it)
 * @param maxClientBatchSize    most inputs one request may carry
 * @param maxConcurrentRequests most requests in flight; the next one is answered 429
 * @param payloadLimit          largest request body in bytes; a larger one is answered 413
 * @param apiKey                when set, every API route wants {@code Authorization: Bearer <key>}
 * @param model                 embedded model name or model directory
 */
public record ServerConfig(String host, int port, int maxBatchTokens, int maxClientBatchSize,
        int maxConcurrentRequests, long payloadLimit, String apiKey, String model) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_MAX_BATCH_TOKENS = 16384;
    public static final int DEFAULT_MAX_CLIENT_BATCH_SIZE = 32;
    public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 512;
    public static final long DEFAULT_PAYLOAD_LIMIT = 2_000_000;
    public static final String DEFAULT_MODEL = EmbeddedModels.DEFAULT_MODEL;

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must be a host name or address, found " + (host == null ? "null" : "\"\""));
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in [0, 65535], found " + port);
        }
        requirePositive("maxBatchTokens", maxBatchTokens);
        requirePositive("maxClientBatchSize", maxClientBatchSize);
        requirePositive("maxConcurrentRequests", maxConcurrentRequests);
        if (payloadLimit <= 0) {
            throw new IllegalArgumentException("payloadLimit must be > 0 bytes, found " + payloadLimit);
        }
        if (apiKey != null && apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must not be blank; leave it unset to serve without a key");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model must name an embedded model or a model directory");
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BATCH_TOKENS, DEFAULT_MAX_CLIENT_BATCH_SIZE,
                DEFAULT_MAX_CONCURRENT_REQUESTS, DEFAULT_PAYLOAD_LIMIT, null, DEFAULT_MODEL);
    }

    public ServerConfig withHost(String v) {
        return new ServerConfig(v, port, maxBatchTokens, maxClientBatchSize, maxConcurrentRequests, payloadLimit, apiKey, model);
    }

    public ServerConfig withPort(int v) {
        return new ServerConfig(host, v, maxBatchTokens, maxClientBatchSize, maxConcurrentRequests, payloadLimit, apiKey, model);
    }

    public ServerConfig withMaxBatchTokens(int v) {
        return new ServerConfig(host, port, v, maxClientBatchSize, maxConcurrentRequests, payloadLimit, apiKey, model);
    }

    public ServerConfig withMaxClientBatchSize(int v) {
        return new ServerConfig(host, port, maxBatchTokens, v, maxConcurrentRequests, payloadLimit, apiKey, model);
    }

    public ServerConfig withMaxConcurrentRequests(int v) {
        return new ServerConfig(host, port, maxBatchTokens, maxClientBatchSize, v, payloadLimit, apiKey, model);
    }

    public ServerConfig withPayloadLimit(long v) {
        return new ServerConfig(host, port, maxBatchTokens, maxClientBatchSize, maxConcurrentRequests, v, apiKey, model);
    }

    public ServerConfig withApiKey(String v) {
        return new ServerConfig(host, port, maxBatchTokens, maxClientBatchSize, maxConcurrentRequests, payloadLimit, v, model);
    }

    public ServerConfig withModel(String v) {
        return new ServerConfig(host, port, maxBatchTokens, maxClientBatchSize, maxConcurrentRequests, payloadLimit, apiKey, v);
    }

    /**
     * A byte size as TEI's --payload-limit takes it, plus units: {@code 2000000}, {@code 2MB}
     * (10^6, as TEI's default of 2,000,000 bytes), {@code 512KB}, {@code 1MiB}, {@code 64KiB}.
     */
    public static long parseByteSize(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("byte size: expected a number with an optional unit (B, KB, MB, GB, KiB, MiB, GiB), found nothing");
        }
        String s = text.strip().toUpperCase(Locale.ROOT);
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i == 0) {
            throw new IllegalArgumentException("byte size: expected a number with an optional unit (B, KB, MB, GB, KiB, MiB, GiB), found \"" + text + "\"");
        }
        long n = Long.parseLong(s.substring(0, i));
        long unit = switch (s.substring(i).strip()) {
            case "", "B" -> 1L;
            case "K", "KB" -> 1_000L;
            case "M", "MB" -> 1_000_000L;
            case "G", "GB" -> 1_000_000_000L;
            case "KIB" -> 1L << 10;
            case "MIB" -> 1L << 20;
            case "GIB" -> 1L << 30;
            default -> throw new IllegalArgumentException("byte size: unit \"" + s.substring(i).strip()
                    + "\" in \"" + text + "\" is not one of B, KB, MB, GB, KiB, MiB, GiB");
        };
        return Math.multiplyExact(n, unit);
    }

    private static void requirePositive(String name, int v) {
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, found " + v);
        }
    }
}
