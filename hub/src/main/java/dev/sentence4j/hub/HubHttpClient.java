package dev.sentence4j.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The hub's HTTP protocol as huggingface_hub speaks it (file_download.py, hf_api.py): the model info API,
 * HEAD on resolve URLs for metadata, and GET with {@code Range} for content. Redirects are followed by
 * hand so that the token only goes to the hub's own host, never to the CDN an LFS file redirects to.
 */
final class HubHttpClient implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_REDIRECTS = 5;
    private static final String USER_AGENT = "sentence4j-hub/0.1 (java " + Runtime.version().feature() + ")";

    private final HubOptions options;
    private final HttpClient client;
    private final ObjectMapper json = new ObjectMapper();

    HubHttpClient(HubOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
    }

    /** {@code GET {endpoint}/api/models/{repo_id}/revision/{revision}}: the commit sha and the file list. */
    RepoInfo repoInfo(RepoId id, String revision) throws IOException {
        URI url = URI.create(options.endpoint() + "/api/models/" + id + "/revision/" + UrlPaths.segment(revision));
        HttpResponse<byte[]> response = send(request(url).GET().timeout(METADATA_TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw HubErrors.forStatus(response.statusCode(), response.headers(), url, id, revision, null,
                    sendsToken(url), options.endpoint());
        }
        JsonNode root;
        try {
            root = json.readTree(response.body());
        } catch (IOException e) {
            throw badResponse(url, id, "a JSON object with 'sha' and 'siblings'", "unparseable JSON (" + e.getMessage() + ")", e);
        }
        JsonNode sha = root.path("sha");
        JsonNode siblings = root.path("siblings");
        if (!sha.isTextual() || !RepoCacheDir.isCommitSha(sha.asText()) || !siblings.isArray()) {
            throw badResponse(url, id, "'sha' (40 hex characters) and a 'siblings' array",
                    "sha=" + sha + ", siblings " + siblings.getNodeType(), null);
        }
        List<String> files = new ArrayList<>();
        for (JsonNode sibling : siblings) {
            JsonNode name = sibling.path("rfilename");
            if (!name.isTextual()) {
                throw badResponse(url, id, "siblings[].rfilename strings", sibling.toString(), null);
            }
            files.add(name.asText());
        }
        return new RepoInfo(sha.asText(), files);
    }

    /**
     * HEAD on the resolve URL. Relative redirects (a renamed repo) are followed; an absolute one (an LFS file
     * on the CDN) is where the bytes are, and the 302 itself carries X-Linked-Etag and X-Linked-Size.
     */
    FileMetadata fileMetadata(RepoId id, String commit, String file) throws IOException {
        URI url = resolveUrl(id, commit, file);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<Void> response = send(request(url).method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .header("Accept-Encoding", "identity").timeout(METADATA_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            URI location = null;
            if (status >= 300 && status < 400) {
                String header = response.headers().firstValue("Location").orElseThrow(() -> badResponse(
                        response.uri(), id, "a Location header on HTTP " + status, "none", null));
                URI target = URI.create(header);
                if (!target.isAbsolute()) {
                    url = url.resolve(target);
                    continue;
                }
                location = target;
            } else if (status != 200) {
                throw HubErrors.forStatus(status, response.headers(), url, id, commit, file, sendsToken(url),
                        options.endpoint());
            }
            var headers = response.headers();
            URI answered = url;
            String etag = headers.firstValue("X-Linked-Etag").or(() -> headers.firstValue("ETag"))
                    .map(HubHttpClient::normalizeEtag).orElseThrow(() -> badResponse(answered, id,
                            "an X-Linked-Etag or ETag header for '" + file + "'", "neither", null));
            String size = headers.firstValue("X-Linked-Size").or(() -> headers.firstValue("Content-Length"))
                    .orElseThrow(() -> badResponse(answered, id,
                            "an X-Linked-Size or Content-Length header for '" + file + "'", "neither", null));
            try {
                return new FileMetadata(etag, Long.parseLong(size.strip()), location == null ? url : location);
            } catch (IllegalArgumentException e) {
                throw badResponse(url, id, "a file-name-safe ETag and a byte count for '" + file + "'",
                        "ETag '" + etag + "', size '" + size + "'", e);
            }
        }
        throw badResponse(url, id, "at most " + MAX_REDIRECTS + " relative redirects", "more", null);
    }

    /**
     * GET the bytes from {@code offset} on, following redirects. The caller reads and closes the body.
     *
     * @return a 200 (whole file), 206 (from offset) or 416 (offset past the end) response
     */
    HttpResponse<InputStream> download(URI url, long offset, RepoId id, String commit, String file) throws IOException {
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpRequest.Builder builder = request(url).GET().header("Accept-Encoding", "identity");
            if (offset > 0) {
                builder.header("Range", "bytes=" + offset + "-");
            }
            HttpResponse<InputStream> response = send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            if (status == 200 || status == 206 || status == 416) {
                return response;
            }
            response.body().close();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                url = url.resolve(response.headers().firstValue("Location").get());
                continue;
            }
            throw HubErrors.forStatus(status, response.headers(), url, id, commit, file, sendsToken(url),
                    options.endpoint());
        }
        throw badResponse(url, id, "at most " + MAX_REDIRECTS + " redirects for '" + file + "'", "more", null);
    }

    URI resolveUrl(RepoId id, String revision, String file) {
        return URI.create(options.endpoint() + "/" + id + "/resolve/" + UrlPaths.segment(revision) + "/"
                + UrlPaths.path(file));
    }

    @Override
    public void close() {
        client.close();
    }

    private HttpRequest.Builder request(URI url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url).header("User-Agent", USER_AGENT);
        if (sendsToken(url)) {
            builder.header("Authorization", "Bearer " + options.token().orElseThrow());
        }
        return builder;
    }

    /** The token goes to the hub's own scheme, host and port only (not to a CDN host a redirect names). */
    private boolean sendsToken(URI url) {
        URI hub = options.endpoint();
        return options.token().isPresent() && hub.getScheme().equalsIgnoreCase(url.getScheme())
                && hub.getHost().equalsIgnoreCase(url.getHost()) && hub.getPort() == url.getPort();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return client.send(request, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted during " + request.method()
                    + " " + request.uri());
            interrupted.initCause(e);
            throw interrupted;
        }
    }

    /** huggingface_hub's _normalize_etag: drop a weak-validator prefix and the quotes. */
    static String normalizeEtag(String etag) {
        String value = etag.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        return value.replace("\"", "");
    }

    private static HubException badResponse(URI url, RepoId id, String expected, String found, Throwable cause) {
        return new HubException(HubException.Reason.BAD_RESPONSE, "unexpected answer from " + url + " for '" + id
                + "': expected " + expected + ", found " + found, cause);
    }
}
