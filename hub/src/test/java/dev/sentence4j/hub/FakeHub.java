package dev.sentence4j.hub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Hugging Face Hub on loopback with the real URL scheme and headers: {@code /api/models/{id}/revision/{rev}},
 * HEAD/GET {@code /{id}/resolve/{rev}/{file}} (ETag, X-Repo-Commit; LFS files answer 302 to a separate "CDN"
 * server with X-Linked-Etag = sha256 and X-Linked-Size), errors with X-Error-Code. The CDN honours
 * {@code Range} and can cut a transfer or corrupt bytes on demand.
 */
final class FakeHub implements AutoCloseable {

    record Request(String server, String method, String path, String range, String authorization) {
    }

    static final class Repo {
        final String id;
        final String sha;
        final Map<String, byte[]> files = new LinkedHashMap<>();
        volatile String requiredToken;

        Repo(String id) {
            this.id = id;
            this.sha = hex(digest("SHA-1", ("commit of " + id).getBytes(StandardCharsets.UTF_8)));
        }

        Repo put(String path, byte[] content) {
            files.put(path, content);
            return this;
        }

        byte[] bytes(String path) {
            return files.get(path);
        }

        /** The blob name huggingface_hub uses: sha256 for LFS files, the git blob sha1 otherwise. */
        String etag(String path) {
            return etagOf(path, files.get(path));
        }
    }

    static final String MINILM_ID = "sentence-transformers/all-MiniLM-L6-v2";
    private static final Map<String, byte[]> RESOURCES = new ConcurrentHashMap<>();

    private final HttpServer hub;
    private final HttpServer cdn;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Repo> repos = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> cutsLeft = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> corruptionsLeft = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    FakeHub() throws IOException {
        hub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        cdn = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hub.createContext("/", exchange -> handle("hub", exchange));
        cdn.createContext("/", exchange -> handle("cdn", exchange));
        hub.setExecutor(executor);
        cdn.setExecutor(executor);
        hub.start();
        cdn.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + hub.getAddress().getPort());
    }

    Repo addRepo(String id) {
        Repo repo = new Repo(id);
        repos.put(id, repo);
        return repo;
    }

    /** sentence-transformers/all-MiniLM-L6-v2 with real ONNX and tokenizer files, and files the resolver must skip. */
    Repo addMiniLm() {
        Repo repo = addRepo(MINILM_ID);
        for (String file : List.of("modules.json", "config.json", "config_sentence_transformers.json",
                "sentence_bert_config.json", "1_Pooling/config.json", "README.md")) {
            repo.put(file, resource("/fake-repos/all-MiniLM-L6-v2/" + file));
        }
        repo.put("tokenizer.json", resource("/all-minilm-l6-v2-q-tokenizer.json"));
        repo.put("onnx/model.onnx", resource("/all-minilm-l6-v2-q.onnx"));
        repo.put("onnx/model_qint8_avx512.onnx", "not really a quantized model".getBytes(StandardCharsets.UTF_8));
        repo.put("pytorch_model.bin", "pytorch weights the ONNX model replaces".getBytes(StandardCharsets.UTF_8));
        return repo;
    }

    /** The next {@code times} CDN transfers of this file stop halfway and drop the connection. */
    void cut(Repo repo, String file, int times) {
        cutsLeft.put(repo.etag(file), new AtomicInteger(times));
    }

    /** The next {@code times} CDN transfers of this file serve bytes with one byte flipped. */
    void corrupt(Repo repo, String file, int times) {
        corruptionsLeft.put(repo.etag(file), new AtomicInteger(times));
    }

    /** How a misbehaving CDN overruns a file's announced size. */
    enum Overrun { ENDLESS_BODY, LONGER_CONTENT_LENGTH }

    private final Map<String, Overrun> overruns = new ConcurrentHashMap<>();

    /**
     * Every CDN transfer of this file sends more than the file: {@code ENDLESS_BODY} streams
     * chunked bytes with no Content-Length until the client hangs up (at most 1 GiB, so that a
     * broken client fails the test instead of hanging it), {@code LONGER_CONTENT_LENGTH}
     * announces and sends 30 MB.
     */
    void overrun(Repo repo, String file, Overrun how) {
        overruns.put(repo.etag(file), how);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requestsFor(String pathPart) {
        return requests.stream().filter(r -> r.path().contains(pathPart)).toList();
    }

    @Override
    public void close() {
        hub.stop(0);
        cdn.stop(0);
        executor.close();
    }

    static boolean isLfs(String path) {
        return path.endsWith(".onnx") || path.endsWith(".bin") || path.endsWith(".safetensors");
    }

    static String etagOf(String path, byte[] content) {
        if (isLfs(path)) {
            return hex(digest("SHA-256", content));
        }
        byte[] header = ("blob " + content.length + "\0").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[header.length + content.length];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(content, 0, all, header.length, content.length);
        return hex(digest("SHA-1", all));
    }

    /** A class-path resource; a missing one fails loudly with its name. */
    static byte[] resource(String name) {
        return RESOURCES.computeIfAbsent(name, n -> {
            try (InputStream in = FakeHub.class.getResourceAsStream(n)) {
                if (in == null) {
                    throw new IllegalStateException("test resource " + n + " not found on the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read test resource " + n, e);
            }
        });
    }

    private void handle(String server, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        requests.add(new Request(server, exchange.getRequestMethod(), path,
                exchange.getRequestHeaders().getFirst("Range"), exchange.getRequestHeaders().getFirst("Authorization")));
        try (exchange) {
            if (server.equals("cdn") && path.startsWith("/cdn/")) {
                serveCdn(exchange, path.substring("/cdn/".length()));
            } else if (path.startsWith("/api/models/") && path.contains("/revision/")) {
                String rest = path.substring("/api/models/".length());
                int at = rest.indexOf("/revision/");
                serveApi(exchange, rest.substring(0, at), decode(rest.substring(at + "/revision/".length())));
            } else if (path.contains("/resolve/")) {
                int at = path.indexOf("/resolve/");
                String rest = path.substring(at + "/resolve/".length());
                int slash = rest.indexOf('/');
                serveResolve(exchange, path.substring(1, at), decode(rest.substring(0, slash)),
                        decode(rest.substring(slash + 1)));
            } else {
                error(exchange, 404, null, "no route for " + path);
            }
        } catch (IOException e) {
            // A deliberately cut transfer ends here; the client sees the dropped connection.
        }
    }

    private Optional<Repo> authorized(HttpExchange exchange, String id) throws IOException {
        Repo repo = repos.get(id);
        if (repo == null) {
            error(exchange, 404, "RepoNotFound", "Repository not found");
            return Optional.empty();
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (repo.requiredToken != null && !("Bearer " + repo.requiredToken).equals(auth)) {
            error(exchange, 401, null, "Invalid credentials in Authorization header");
            return Optional.empty();
        }
        return Optional.of(repo);
    }

    private static boolean knownRevision(Repo repo, String revision) {
        return revision.equals("main") || revision.equals(repo.sha);
    }

    private void serveApi(HttpExchange exchange, String id, String revision) throws IOException {
        Optional<Repo> found = authorized(exchange, id);
        if (found.isEmpty()) {
            return;
        }
        Repo repo = found.get();
        if (!knownRevision(repo, revision)) {
            error(exchange, 404, "RevisionNotFound", "Invalid rev id: " + revision);
            return;
        }
        List<String> siblings = new ArrayList<>();
        for (String file : repo.files.keySet()) {
            siblings.add("{\"rfilename\":\"" + file + "\"}");
        }
        byte[] body = ("{\"id\":\"" + id + "\",\"modelId\":\"" + id + "\",\"sha\":\"" + repo.sha
                + "\",\"siblings\":[" + String.join(",", siblings) + "]}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    private void serveResolve(HttpExchange exchange, String id, String revision, String file) throws IOException {
        Optional<Repo> found = authorized(exchange, id);
        if (found.isEmpty()) {
            return;
        }
        Repo repo = found.get();
        if (!knownRevision(repo, revision)) {
            error(exchange, 404, "RevisionNotFound", "Invalid rev id: " + revision);
            return;
        }
        byte[] content = repo.bytes(file);
        if (content == null) {
            error(exchange, 404, "EntryNotFound", file + " does not exist on \"" + revision + "\"");
            return;
        }
        var headers = exchange.getResponseHeaders();
        headers.set("X-Repo-Commit", repo.sha);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (isLfs(file)) {
            String sha256 = repo.etag(file);
            headers.set("X-Linked-Etag", "\"" + sha256 + "\"");
            headers.set("X-Linked-Size", Long.toString(content.length));
            headers.set("ETag", "\"" + etagOf("pointer", ("version lfs " + sha256).getBytes(StandardCharsets.UTF_8)) + "\"");
            headers.set("Location", "http://127.0.0.1:" + cdn.getAddress().getPort() + "/cdn/" + sha256
                    + "?X-Amz-Signature=fake");
            exchange.sendResponseHeaders(302, -1);
            return;
        }
        headers.set("ETag", "\"" + repo.etag(file) + "\"");
        if (head) {
            headers.set("Content-Length", Long.toString(content.length));
            exchange.sendResponseHeaders(200, -1);
        } else {
            exchange.sendResponseHeaders(200, content.length);
            exchange.getResponseBody().write(content);
        }
    }

    private void serveCdn(HttpExchange exchange, String sha256) throws IOException {
        byte[] content = repos.values().stream().flatMap(r -> r.files.entrySet().stream())
                .filter(e -> isLfs(e.getKey()) && etagOf(e.getKey(), e.getValue()).equals(sha256))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (content == null) {
            error(exchange, 404, null, "no such object");
            return;
        }
        long from = 0;
        String range = exchange.getRequestHeaders().getFirst("Range");
        if (range != null && range.startsWith("bytes=") && range.endsWith("-")) {
            from = Long.parseLong(range.substring("bytes=".length(), range.length() - 1));
        }
        if (from >= content.length && from > 0) {
            exchange.getResponseHeaders().set("Content-Range", "bytes */" + content.length);
            exchange.sendResponseHeaders(416, -1);
            return;
        }
        Overrun overrun = overruns.get(sha256);
        if (overrun != null) {
            serveOverrun(exchange, overrun);
            return;
        }
        byte[] body = content;
        if (takeOne(corruptionsLeft, sha256)) {
            body = content.clone();
            body[body.length / 2] ^= 0x5a;
        }
        int length = (int) (content.length - from);
        exchange.getResponseHeaders().set("ETag", "\"" + sha256 + "\"");
        if (from > 0) {
            exchange.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (content.length - 1) + "/"
                    + content.length);
        }
        exchange.sendResponseHeaders(from > 0 ? 206 : 200, length);
        OutputStream out = exchange.getResponseBody();
        if (takeOne(cutsLeft, sha256)) {
            out.write(body, (int) from, length / 2);
            out.flush();
            return; // closing the exchange with bytes owed drops the connection
        }
        out.write(body, (int) from, length);
    }

    private static void serveOverrun(HttpExchange exchange, Overrun how) throws IOException {
        byte[] chunk = new byte[1 << 16];
        long total = how == Overrun.ENDLESS_BODY ? 1L << 30 : 30_000_000L;
        exchange.sendResponseHeaders(200, how == Overrun.ENDLESS_BODY ? 0 : total); // 0: chunked, no length
        OutputStream out = exchange.getResponseBody();
        try {
            for (long sent = 0; sent < total; sent += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, total - sent));
            }
        } catch (IOException clientHungUp) {
            // the client stopped reading: what a well-behaved client does here
        }
    }

    private static boolean takeOne(Map<String, AtomicInteger> counters, String key) {
        AtomicInteger left = counters.get(key);
        return left != null && left.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        if (code != null) {
            exchange.getResponseHeaders().set("X-Error-Code", code);
        }
        exchange.getResponseHeaders().set("X-Error-Message", message);
        byte[] body = ("{\"error\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is in every JDK", e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** A loopback port nothing listens on: connections are refused at once. */
    static URI deadEndpoint() throws IOException {
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    static byte[] read(Path path) throws IOException {
        return Files.readAllBytes(path);
    }
}
