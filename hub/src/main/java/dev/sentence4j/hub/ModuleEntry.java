package dev.sentence4j.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.InvalidPathException;
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
    /** A SparseEncoder's transformer with its masked-language-model head (SPLADE): outputs logits over the vocabulary. */
    public static final String MLM_TRANSFORMER = "sentence_transformers.sparse_encoder.models.MLMTransformer";
    /** A SparseEncoder's SPLADE pooling: log(1 + relu(logits)), max or sum over tokens. */
    public static final String SPLADE_POOLING = "sentence_transformers.sparse_encoder.models.SpladePooling";

    public ModuleEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        path = inside(path);
    }

    /**
     * {@code path} normalized ({@code "./1_Pooling/"} is {@code "1_Pooling"}), or an
     * {@link IllegalArgumentException} saying what was expected and found. A module folder must
     * stay inside the model directory: an absolute path or one that climbs out ({@code "../../etc"})
     * would make a downloaded or copied model read any file on the machine. The check is on the
     * path as written, not on where symlinks lead: the Hugging Face cache keeps every snapshot file
     * as a symlink into {@code blobs/}.
     */
    static String inside(String path) {
        if (path.contains("\\")) {
            throw new IllegalArgumentException("expected a folder with '/' separators, found '" + path + "'");
        }
        Path p;
        try {
            p = Path.of(path);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("expected a folder inside the model directory, found '" + path
                    + "', which is not a valid path");
        }
        if (p.isAbsolute()) {
            throw new IllegalArgumentException("expected a folder relative to the model directory, found the absolute path '"
                    + path + "'");
        }
        Path normalized = p.normalize();
        if (normalized.startsWith("..")) {
            throw new IllegalArgumentException("expected a folder inside the model directory, found '" + path
                    + "', which leaves it");
        }
        return normalized.toString();
    }

    /** An entry at position 0 with no name. */
    public ModuleEntry(String path, String type) {
        this(0, null, path, type);
    }

    /** A transformer module, dense or sparse (MLM): the module whose weights an ONNX graph replaces. */
    public boolean isTransformer() {
        return TRANSFORMER.equals(type) || MLM_TRANSFORMER.equals(type);
    }

    public boolean isNormalize() {
        return NORMALIZE.equals(type);
    }

    /** A modules.json that is not what sentence-transformers writes. */
    public static final class Malformed extends IllegalArgumentException {
        private final Path file;

        Malformed(Path file, String where, String detail, Throwable cause) {
            super(where + ": " + detail, cause);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }

    /**
     * Reads {@code file}. A malformed file is a {@link Malformed} naming the entry and field
     * ({@code modules[1].path}), what was expected and what was found; callers add whose file it
     * is (a Hub repo, a model directory).
     */
    public static List<ModuleEntry> read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new Malformed(file, "modules", "expected a JSON array, found malformed JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new Malformed(file, "modules", "expected a JSON array, found an unreadable file (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isArray()) {
            throw new Malformed(file, "modules", "expected a JSON array of modules, found "
                    + (root == null ? "nothing" : root.getNodeType().toString()), null);
        }
        List<ModuleEntry> modules = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode m = root.get(i);
            String at = "modules[" + i + "]";
            JsonNode type = m.path("type");
            JsonNode path = m.path("path");
            if (!type.isTextual()) {
                throw new Malformed(file, at + ".type", "expected a string (the module's class), found " + m, null);
            }
            if (!path.isMissingNode() && !path.isNull() && !path.isTextual()) {
                throw new Malformed(file, at + ".path", "expected a string (the module's folder), found " + path, null);
            }
            JsonNode idx = m.path("idx");
            if (!idx.isMissingNode() && !idx.isNull() && !idx.canConvertToInt()) {
                throw new Malformed(file, at + ".idx", "expected an integer, found " + idx, null);
            }
            JsonNode name = m.path("name");
            try {
                modules.add(new ModuleEntry(idx.canConvertToInt() ? idx.asInt() : i, name.isTextual() ? name.asText() : null,
                        path.isTextual() ? path.asText() : "", type.asText()));
            } catch (IllegalArgumentException e) {
                throw new Malformed(file, at + ".path", e.getMessage(), e);
            }
        }
        return List.copyOf(modules);
    }
}
