package dev.sentence4j.server;

import dev.sentence4j.core.EmbeddedModels;
import java.util.List;
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
 * @param autoTruncate          cut inputs over the model's max length when a request does not say
 *                              {@code truncate}; TEI 1.x's default is true
 * @param allowedHosts          Host header names accepted besides the loopback names; empty: any
 *                              host when bound to a non-loopback address, loopback names only when
 *                              bound to loopback (DNS rebinding)
 * @param corsOrigins           browser origins (e.g. {@code https://app.example}) allowed to call
 *                              the API cross-origin, or {@code *}; empty: same-origin only
 */
public record ServerConfig(String host, int port, int maxBatchTokens, int maxClientBatchSize,
        int maxConcurrentRequests, long payloadLimit, String apiKey, String model, boolean autoTruncate,
        List<String> allowedHosts, List<String> corsOrigins) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_MAX_BATCH_TOKENS = 16384;
    public static final int DEFAULT_MAX_CLIENT_BATCH_SIZE = 32;
    public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 512;
    public static final long DEFAULT_PAYLOAD_LIMIT = 2_000_000;

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
        allowedHosts = List.copyOf(allowedHosts);
        corsOrigins = List.copyOf(corsOrigins);
        for (String h : allowedHosts) {
            if (h.isBlank() || h.contains("/") || h.contains(" ")) {
                throw new IllegalArgumentException("allowed host must be a host name without scheme or path (e.g."
                        + " embeddings.example.com), found \"" + h + "\"");
            }
        }
        for (String o : corsOrigins) {
            if (!o.equals("*") && !o.matches("https?://[^/\\s]+")) {
                throw new IllegalArgumentException("CORS origin must be * or scheme://host[:port] with no path (e.g."
                        + " https://app.example.com), found \"" + o + "\"");
            }
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BATCH_TOKENS, DEFAULT_MAX_CLIENT_BATCH_SIZE,
                DEFAULT_MAX_CONCURRENT_REQUESTS, DEFAULT_PAYLOAD_LIMIT, null, EmbeddedModels.DEFAULT_MODEL, true, List.of(), List.of());
    }

    public ServerConfig withHost(String v) {
        return new ServerConfig(v, port, maxBatchTokens, maxClientBatchSize, maxConcurrentRequests, payloadLimit,
                apiKey, model, autoTruncate, allowedHosts, corsOrigins);
    }

    public ServerConfig withPort(int v) {
        return new ServerConfig(host, v, maxBatchTokens, maxClientBatchSize, maxConcurrentRequests, payloadLimit,
                apiKey, model, autoTruncate, allowedHosts, corsOrigins);
    }

    public ServerConfig withMaxBatchTokens(int v) {
        return new ServerConfig(host, port, v, maxClientBatchSize, maxConcurrentRequests, payloadLimit,
                apiKey, model, autoTruncate, allowedHosts, corsOrigins);
    }

    public ServerConfig withMaxClientBatchSize(int v) {
        return new ServerConfig(host, port, maxBatchTokens, v, maxConcurrentRequests, payloadLimit,
                apiKey, model, autoTruncate, allowedHosts, corsOrigins);
    }

    public ServerConfig withMaxConcurrentRequests(int v) {
        return new ServerConfig(host, port, maxBatchTokens, maxClientBatchSize, v, payloadLimit,
                apiKey, model, autoTruncate, allowedHosts, corsOrigins);
    }

    public ServerConfig withPayloadLimit(long v) {
        return new ServerConfig(host, port, maxBatchTokens, maxClientBatchSize, maxConcurrentRequests, v,
                apiKey, model, autoTruncate, allowedHosts, corsOrigins);
    }

    public ServerConfig withApiKey(String v) {
        return new ServerConfig(host, port, maxBatchTokens, maxClientBatchSize, maxConcurrentRequests, payloadLimit,
                v, model, autoTruncate, allowedHosts, corsOrigins);
    }

    public ServerConfig withModel(String v) {
        return new ServerConfig(host, port, maxBatchTokens, maxClientBatchSize, maxConcurrentRequests, payloadLimit,
                apiKey, v, autoTruncate, allowedHosts, corsOrigins);
    }

    public ServerConfig withAutoTruncate(boolean v) {
        return new ServerConfig(host, port, maxBatchTokens, maxClientBatchSize, maxConcurrentRequests, payloadLimit,
                apiKey, model, v, allowedHosts, corsOrigins);
    }

    public ServerConfig withAllowedHosts(List<String> v) {
        return new ServerConfig(host, port, maxBatchTokens, maxClientBatchSize, maxConcurrentRequests, payloadLimit,
                apiKey, model, autoTruncate, v, corsOrigins);
    }

    public ServerConfig withCorsOrigins(List<String> v) {
        return new ServerConfig(host, port, maxBatchTokens, maxClientBatchSize, maxConcurrentRequests, payloadLimit,
                apiKey, model, autoTruncate, allowedHosts, v);
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
