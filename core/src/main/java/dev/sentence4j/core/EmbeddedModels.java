package dev.sentence4j.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import dev.sentence4j.hub.HubOptions;
import dev.sentence4j.onnx.ExternalData;
import dev.sentence4j.onnx.OnnxFileException;
import dev.sentence4j.onnx.OnnxFiles;

/**
 * Models that ship on the classpath (the sentence4j-models artifact): each is described in a
 * {@value #INDEX} resource and materialized once as an ordinary sentence-transformers model
 * directory in a cache, so embedded and local models share one load path.
 *
 * <p>The cache is {@code $SENTENCE4J_HOME/embedded} (system property {@code sentence4j.home}
 * wins over the environment variable), else {@code ~/.cache/sentence4j/embedded}; each model
 * gets {@code <name>-<version>/}. A model is written into a temporary sibling directory and then
 * renamed atomically, so concurrent processes never see a half-written model: the loser of a
 * race discards its copy and uses the winner's.
 */
public final class EmbeddedModels {
    public static final String INDEX = "META-INF/sentence4j/embedded-models.json";

    /**
     * The model every front end (CLI commands, {@code serve}, Spark) uses when none is named; the
     * sentence4j-models index marks the same one {@code "default"} (a test checks they agree).
     */
    public static final String DEFAULT_MODEL = "all-MiniLM-L6-v2";
    static final String COMPLETE_MARKER = ".complete";

    /**
     * One embedded model, as its index entry describes it.
     *
     * @param files         target path in the model directory to resource name (on the classpath, else in
     *                      the carrier jar)
     * @param carrierSha1   SHA-1 of the carrier jar, for carriers fetched on first use (empty when the
     *                      carrier is a build dependency of sentence4j-models)
     * @param quantizedFrom the embedded fp32 model this int8 model is made from by sentence4j's quantizer
     *                      on first use (empty for a model whose graph is carried as it is)
     * @param quantization  the quantization scheme's CLI name when quantizedFrom is set
     */
    public record EmbeddedModel(String name, boolean isDefault, String version, int dimension, String weights,
            String source, String onnxSource, String carrier, String license, Map<String, String> files,
            String carrierSha1, String quantizedFrom, String quantization) {
        public EmbeddedModel {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
            files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
            carrierSha1 = carrierSha1 == null ? "" : carrierSha1;
            quantizedFrom = quantizedFrom == null ? "" : quantizedFrom;
            quantization = quantization == null ? "" : quantization;
            if (!quantizedFrom.isEmpty() && quantization.isEmpty()) {
                throw new IllegalArgumentException("embedded model " + name + " is quantizedFrom " + quantizedFrom
                        + " but names no quantization scheme");
            }
        }
    }

    private EmbeddedModels() {}

    /** Every model named by an index on the classpath, in index order. */
    public static List<EmbeddedModel> list() {
        List<EmbeddedModel> out = new ArrayList<>();
        try {
            Enumeration<URL> urls = classLoader().getResources(INDEX);
            ObjectMapper mapper = new ObjectMapper();
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                JsonNode root;
                try (InputStream in = url.openStream()) {
                    root = mapper.readTree(in);
                }
                for (JsonNode m : root.path("models")) {
                    Map<String, String> files = new LinkedHashMap<>();
                    for (Map.Entry<String, JsonNode> e : m.path("files").properties()) {
                        files.put(e.getKey(), e.getValue().asText());
                    }
                    EmbeddedModel model = new EmbeddedModel(m.path("name").asText(), m.path("default").asBoolean(false),
                            m.path("version").asText(), m.path("dimension").asInt(), m.path("weights").asText(),
                            m.path("source").asText(), m.path("onnxSource").asText(), m.path("carrier").asText(),
                            m.path("license").asText(), files, m.path("carrierSha1").asText(""),
                            m.path("quantizedFrom").asText(""), m.path("quantization").asText(""));
                    if (out.stream().noneMatch(x -> x.name().equals(model.name()))) {
                        out.add(model);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedded model index " + INDEX + ": " + e.getMessage(), e);
        }
        return List.copyOf(out);
    }

    public static List<String> names() {
        return list().stream().map(EmbeddedModel::name).toList();
    }

    public static Optional<EmbeddedModel> find(String name) {
        return list().stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The default model's name (all-MiniLM-L6-v2 with sentence4j-models on the classpath). */
    public static Optional<String> defaultName() {
        return list().stream().filter(EmbeddedModel::isDefault).map(EmbeddedModel::name).findFirst();
    }

    /** For error messages: the embedded names, or how to get some. */
    public static String describeAvailable() {
        List<String> names = names();
        return names.isEmpty() ? "none (add dev.sentence4j:sentence4j-models to the classpath)" : String.join(", ", names);
    }

    /** The cache root for embedded models. */
    public static Path cacheRoot() {
        String home = System.getProperty("sentence4j.home");
        if (home == null || home.isBlank()) {
            home = System.getenv("SENTENCE4J_HOME");
        }
        Path base = home == null || home.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache", "sentence4j")
                : Path.of(home);
        return base.resolve("embedded");
    }

    /** The model's directory in the cache, written on first use (downloads off only if HF_HUB_OFFLINE says so). */
    public static Path materialize(String name) {
        return materialize(name, HubOptions.fromEnvironment());
    }

    /**
     * The model's directory in the cache, written on first use. A carrier that is not on the classpath
     * is fetched (see {@link CarrierJars}) with {@code hub}'s progress listener and offline setting.
     */
    public static Path materialize(String name, HubOptions hub) {
        return materialize(require(name), cacheRoot(), hub);
    }

    private static EmbeddedModel require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "no embedded model named \"" + name + "\"; embedded models: " + describeAvailable()));
    }

    /**
     * Whether the model's directory exists in the cache or can be written without a download (its
     * carrier is on the classpath or already on disk).
     */
    public static boolean availableWithoutDownload(EmbeddedModel model) {
        if (Files.isRegularFile(cacheRoot().resolve(model.name() + "-" + model.version()).resolve(COMPLETE_MARKER))) {
            return true;
        }
        if (!model.quantizedFrom().isEmpty()) {
            return availableWithoutDownload(require(model.quantizedFrom()));
        }
        return model.carrierSha1().isEmpty()
                || new CarrierJars(model.carrier(), model.carrierSha1()).findLocal(carrierCache(cacheRoot())).isPresent();
    }

    static Path materialize(EmbeddedModel model, Path root) {
        return materialize(model, root, HubOptions.fromEnvironment());
    }

    static Path materialize(EmbeddedModel model, Path root, HubOptions hub) {
        Path target = root.resolve(model.name() + "-" + model.version());
        if (Files.isRegularFile(target.resolve(COMPLETE_MARKER))) {
            return target;
        }
        Path base = model.quantizedFrom().isEmpty() ? null : materialize(require(model.quantizedFrom()), root, hub);
        Path tmp;
        try {
            Files.createDirectories(root);
            tmp = Files.createTempDirectory(root, "." + model.name() + "-");
        } catch (IOException e) {
            throw new ModelLoadException(root, "cannot create the embedded model cache: " + e, e);
        }
        try (CarrierFiles carrier = new CarrierFiles(model, root, hub)) {
            for (Map.Entry<String, String> f : model.files().entrySet()) {
                Path dest = tmp.resolve(f.getKey());
                Files.createDirectories(dest.getParent());
                try (InputStream in = carrier.open(f.getValue(), target.resolve(f.getKey()))) {
                    if (f.getKey().endsWith(".onnx")) {
                        copyWithExternalData(in, dest, root, target.resolve(f.getKey()));
                    } else {
                        Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            if (base != null) {
                DerivedModels.quantize(model, base, tmp);
            }
            Files.writeString(tmp.resolve(COMPLETE_MARKER), model.name() + " " + model.version() + "\n");
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // Renaming onto an existing directory fails (ENOTEMPTY, EEXIST): another process or
                // thread won the race, and its copy is complete. Anything else is a real failure.
                if (!Files.isRegularFile(target.resolve(COMPLETE_MARKER))) {
                    throw e;
                }
            }
            return target;
        } catch (IOException e) {
            throw new ModelLoadException(target, "cannot write embedded model: " + e, e);
        } finally {
            deleteRecursively(tmp);
        }
    }

    /**
     * Writes a carrier's ONNX graph as {@code dest} with its weights in {@code dest}_data
     * ({@link ExternalData}): ONNX Runtime then maps the weights instead of copying them out of the
     * parsed file, which lowers the resident memory of every process that loads the model. The
     * carrier's single file passes through a temporary file in {@code root}, outside the directory
     * being built, and is deleted after. Errors name {@code shownAs}, the file's final place.
     */
    private static void copyWithExternalData(InputStream in, Path dest, Path root, Path shownAs) throws IOException {
        Path whole = Files.createTempFile(root, ".carrier-", ".onnx");
        try {
            Files.copy(in, whole, StandardCopyOption.REPLACE_EXISTING);
            ExternalData.write(OnnxFiles.read(whole), dest);
        } catch (OnnxFileException e) {
            throw new ModelLoadException(shownAs, "cannot store the embedded ONNX graph: " + e.detail(), e);
        } finally {
            try {
                Files.deleteIfExists(whole);
            } catch (IOException e) {
                // Still mapped where the OS refuses to delete a mapped file (Windows): a stray
                // temporary file in the cache root is harmless, and the model itself is complete.
            }
        }
    }

    /**
     * Where carriers fetched on first use are kept: system property {@code sentence4j.carriers}, else
     * {@code <sentence4j home>/carriers} (next to the embedded models' cache).
     */
    static Path carrierCache(Path embeddedRoot) {
        String dir = System.getProperty("sentence4j.carriers");
        return dir != null && !dir.isBlank() ? Path.of(dir) : embeddedRoot.resolveSibling("carriers");
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary directory is harmless: the next run writes a new one.
        }
    }

    static ClassLoader classLoader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return cl != null ? cl : EmbeddedModels.class.getClassLoader();
    }
}
