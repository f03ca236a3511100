package dev.sentence4j.hub;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where and how to resolve Hugging Face Hub models.
 *
 * @param endpoint the hub, {@code https://huggingface.co} unless {@code HF_ENDPOINT} says otherwise
 * @param token    sent as {@code Authorization: Bearer} to the hub's host, for private and gated repos
 * @param cacheDir the huggingface_hub cache, shared with Python ({@code models--org--name/...})
 * @param offline  never touch the network ({@code HF_HUB_OFFLINE=1})
 * @param revision branch, tag or commit sha; {@code main} by default
 * @param onnxFile the ONNX file to fetch, relative to the repo root; empty means {@link #DEFAULT_ONNX_FILE}
 * @param progress receives download progress
 */
public record HubOptions(URI endpoint, Optional<String> token, Path cacheDir, boolean offline, String revision,
                         Optional<String> onnxFile, ProgressListener progress) {

    public static final URI DEFAULT_ENDPOINT = URI.create("https://huggingface.co");
    public static final String DEFAULT_REVISION = "main";
    public static final String DEFAULT_ONNX_FILE = "onnx/model.onnx";

    /** huggingface_hub's _is_true: these values of HF_HUB_OFFLINE mean offline. */
    private static final Set<String> TRUE_VALUES = Set.of("1", "on", "yes", "true");

    public HubOptions {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(token, "token (use Optional.empty())");
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(onnxFile, "onnxFile (use Optional.empty())");
        Objects.requireNonNull(progress, "progress (use ProgressListener.none())");
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("hub endpoint must be an http(s) URL with a host, e.g. "
                    + DEFAULT_ENDPOINT + ", but was '" + endpoint + "'");
        }
        endpoint = stripTrailingSlash(endpoint);
        if (token.isPresent() && (token.get().isBlank() || token.get().chars().anyMatch(Character::isWhitespace))) {
            throw new IllegalArgumentException("token must be non-blank without whitespace (check HF_TOKEN); "
                    + "found " + token.get().length() + " characters");
        }
        if (revision.isBlank() || revision.startsWith("/") || revision.endsWith("/") || revision.contains("\\")
                || Path.of(revision).normalize().startsWith("..") || revision.contains("/../")) {
            throw new IllegalArgumentException("revision must be a branch, tag or commit sha like 'main', but was '"
                    + revision + "'");
        }
        onnxFile.ifPresent(HubOptions::checkOnnxFile);
        cacheDir = cacheDir.toAbsolutePath().normalize();
    }

    /** Options from the environment variables huggingface_hub reads, defaults elsewhere. */
    public static HubOptions fromEnvironment() {
        return fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * Options from the given environment: HF_ENDPOINT; HF_TOKEN, else the token file huggingface-cli login
     * writes (HF_TOKEN_PATH, else HF_HOME/token); HF_HUB_CACHE, else HF_HOME/hub, else
     * ~/.cache/huggingface/hub; HF_HUB_OFFLINE. Revision main, ONNX file onnx/model.onnx, no progress.
     */
    public static HubOptions fromEnvironment(Map<String, String> env, Path userHome) {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(userHome, "userHome");
        URI endpoint = nonBlank(env.get("HF_ENDPOINT")).map(URI::create).orElse(DEFAULT_ENDPOINT);
        Path hfHome = nonBlank(env.get("HF_HOME")).map(Path::of)
                .orElse(userHome.resolve(".cache").resolve("huggingface"));
        Path cache = nonBlank(env.get("HF_HUB_CACHE")).map(Path::of).orElse(hfHome.resolve("hub"));
        Optional<String> token = nonBlank(env.get("HF_TOKEN")).map(String::strip);
        if (token.isEmpty()) {
            Path tokenFile = nonBlank(env.get("HF_TOKEN_PATH")).map(Path::of).orElse(hfHome.resolve("token"));
            token = readTokenFile(tokenFile);
        }
        boolean offline = nonBlank(env.get("HF_HUB_OFFLINE"))
                .map(v -> TRUE_VALUES.contains(v.strip().toLowerCase(Locale.ROOT))).orElse(false);
        return new HubOptions(endpoint, token, cache, offline, DEFAULT_REVISION, Optional.of(DEFAULT_ONNX_FILE),
                ProgressListener.none());
    }

    /** The ONNX file to fetch: {@link #onnxFile()} or {@link #DEFAULT_ONNX_FILE}. */
    public String onnxFileOrDefault() {
        return onnxFile.orElse(DEFAULT_ONNX_FILE);
    }

    public HubOptions withEndpoint(URI endpoint) {
        return new HubOptions(endpoint, token, cacheDir, offline, revision, onnxFile, progress);
    }

    public HubOptions withToken(Optional<String> token) {
        return new HubOptions(endpoint, token, cacheDir, offline, revision, onnxFile, progress);
    }

    public HubOptions withToken(String token) {
        return withToken(Optional.of(token));
    }

    public HubOptions withCacheDir(Path cacheDir) {
        return new HubOptions(endpoint, token, cacheDir, offline, revision, onnxFile, progress);
    }

    public HubOptions withOffline(boolean offline) {
        return new HubOptions(endpoint, token, cacheDir, offline, revision, onnxFile, progress);
    }

    public HubOptions withRevision(String revision) {
        return new HubOptions(endpoint, token, cacheDir, offline, revision, onnxFile, progress);
    }

    public HubOptions withOnnxFile(String onnxFile) {
        return new HubOptions(endpoint, token, cacheDir, offline, revision, Optional.of(onnxFile), progress);
    }

    public HubOptions withProgress(ProgressListener progress) {
        return new HubOptions(endpoint, token, cacheDir, offline, revision, onnxFile, progress);
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "HubOptions[endpoint=" + endpoint + ", token=" + (token.isPresent() ? "<set>" : "<none>")
                + ", cacheDir=" + cacheDir + ", offline=" + offline + ", revision=" + revision
                + ", onnxFile=" + onnxFileOrDefault() + "]";
    }

    private static void checkOnnxFile(String file) {
        if (file.isBlank() || file.startsWith("/") || file.contains("\\") || !file.endsWith(".onnx")
                || Path.of(file).normalize().startsWith("..") || file.contains("/../")) {
            throw new IllegalArgumentException("ONNX file must be a path inside the repo ending in .onnx, e.g. "
                    + DEFAULT_ONNX_FILE + ", but was '" + file + "'");
        }
    }

    private static URI stripTrailingSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? URI.create(s.replaceAll("/+$", "")) : uri;
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<String> readTokenFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return nonBlank(Files.readString(file, StandardCharsets.UTF_8)).map(String::strip);
        } catch (IOException e) {
            throw new HubException(HubException.Reason.CACHE_IO,
                    "cannot read the Hugging Face token file " + file + " (written by huggingface-cli login): " + e, e);
        }
    }
}
