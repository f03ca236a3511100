package dev.sentence4j.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a sentence-transformers {@code modules.json}, and the one reader of that file: the
 * Hub download uses it to choose files, core uses it to load the modules. Types are matched by
 * their exact class names, as sentence-transformers' own loader imports them.
 *
 * @param idx  the module's position (the {@code idx} field, else its index in the array)
 * @param name the module's name, or null
 * @param path the module's folder relative to the model directory, without a trailing slash;
 *             {@code ""} for the directory itself (e.g. the Transformer)
 * @param type the module's class, e.g. {@code sentence_transformers.models.Pooling}
 */
public record ModuleEntry(int idx, String name, String path, String type) {
    public static final String FILE_NAME = "modules.json";
    public static final String TRANSFORMER = "sentence_transformers.models.Transformer";
    public static final String POOLING = "sentence_transformers.models.Pooling";
    public static final String DENSE = "sentence_transformers.models.Dense";
    public static final String NORMALIZE = "sentence_transformers.models.Normalize";

    public ModuleEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        // A module folder must stay inside the model directory: "../x" or "/etc" would make a
        // downloaded or local model read files elsewhere on the machine.
        if (path.startsWith("/") || path.contains("\\") || path.equals("..") || path.startsWith("../")
                || path.contains("/../") || path.endsWith("/..") || (path.length() > 1 && path.charAt(1) == ':')) {
            throw new IllegalArgumentException("a folder inside the model directory, found '" + path + "'");
        }
        path = path.replaceAll("/+$", "");
    }

    /** An entry at position 0 with no name. */
    public ModuleEntry(String path, String type) {
        this(0, null, path, type);
    }

    public boolean isTransformer() {
        return TRANSFORMER.equals(type);
    }

    public boolean isNormalize() {
        return NORMALIZE.equals(type);
    }

    /** A modules.json that is not what sentence-transformers writes. */
    public static final class Malformed extends IllegalArgumentException {
        private final Path file;

        Malformed(Path file, String jsonPath, String expected, String found, Throwable cause) {
            super("at " + jsonPath + ": expected " + expected + ", found " + found, cause);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }

    /**
     * Reads {@code file}. A malformed file is a {@link Malformed} naming the JSON path, what was
     * expected and what was found; callers add whose file it is (a Hub repo, a model directory).
     */
    public static List<ModuleEntry> read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new Malformed(file, "$", "a JSON array", "malformed JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new Malformed(file, "$", "a JSON array", "an unreadable file (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isArray()) {
            throw new Malformed(file, "$", "a JSON array of modules", root == null ? "nothing" : root.getNodeType().toString(), null);
        }
        List<ModuleEntry> modules = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode m = root.get(i);
            JsonNode type = m.path("type");
            JsonNode path = m.path("path");
            if (!type.isTextual()) {
                throw new Malformed(file, "$[" + i + "].type", "a string (the module's class)", m.toString(), null);
            }
            if (!path.isMissingNode() && !path.isNull() && !path.isTextual()) {
                throw new Malformed(file, "$[" + i + "].path", "a string (the module's folder)", path.toString(), null);
            }
            JsonNode idx = m.path("idx");
            if (!idx.isMissingNode() && !idx.isNull() && !idx.canConvertToInt()) {
                throw new Malformed(file, "$[" + i + "].idx", "an integer", idx.toString(), null);
            }
            JsonNode name = m.path("name");
            try {
                modules.add(new ModuleEntry(idx.canConvertToInt() ? idx.asInt() : i, name.isTextual() ? name.asText() : null,
                        path.isTextual() ? path.asText() : "", type.asText()));
            } catch (IllegalArgumentException e) {
                throw new Malformed(file, "$[" + i + "].path", "a folder inside the model directory", "'" + path.asText() + "'", e);
            }
        }
        return List.copyOf(modules);
    }
}
