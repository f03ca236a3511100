package dev.sentence4j.core.config;

import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.core.dense.Dense;
import dev.sentence4j.core.pooling.Pooling;
import dev.sentence4j.core.pooling.PoolingMode;
import dev.sentence4j.hub.ModuleEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A sentence-transformers model directory, parsed: the modules of modules.json in order
 * (Transformer, Pooling, optional Dense layers, optional Normalize), or, without modules.json (a
 * plain HF model), Transformer plus mean pooling as ST does. Reads no ONNX and no tokenizer; it
 * only says where they are.
 *
 * @param directory     the model directory
 * @param onnxFile      the ONNX graph to run
 * @param transformer   sentence_bert_config.json
 * @param settings      config_sentence_transformers.json
 * @param pooling       the Pooling module
 * @param dense         Dense modules after pooling, in order (often empty)
 * @param normalize     whether a Normalize module ends the pipeline
 */
public record ModelDirectory(Path directory, Path onnxFile, SentenceBertConfig transformer,
        SentenceTransformersConfig settings, Pooling pooling, List<Dense> dense, boolean normalize) {

    public static final String MODULES_FILE = ModuleEntry.FILE_NAME;

    public ModelDirectory {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(onnxFile, "onnxFile");
        Objects.requireNonNull(transformer, "transformer");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(pooling, "pooling");
        dense = List.copyOf(dense);
    }

    /** The tokenizer's file: tokenizer.json, else a legacy vocab.txt ({@link #open} checks that one exists). */
    public Path tokenizerFile() {
        return tokenizerFile(directory);
    }

    /**
     * The tokenizer's file in {@code dir}: tokenizer.json, else a legacy vocab.txt; neither is a
     * {@link ModelLoadException} naming tokenizer.json.
     */
    public static Path tokenizerFile(Path dir) {
        Path json = dir.resolve("tokenizer.json");
        if (Files.isRegularFile(json)) {
            return json;
        }
        Path vocab = dir.resolve("vocab.txt");
        if (Files.isRegularFile(vocab)) {
            return vocab;
        }
        throw new ModelLoadException(json, "file not found (nor vocab.txt)");
    }

    /** Width of the final sentence embedding. */
    public int dimension() {
        return dense.isEmpty() ? pooling.outputDimension() : dense.get(dense.size() - 1).outFeatures();
    }

    /** The file the pooling width comes from: the Pooling module's config.json, or config.json without modules.json. */
    public Path poolingConfig() {
        Path modulesFile = directory.resolve(MODULES_FILE);
        if (Files.isRegularFile(modulesFile)) {
            for (ModuleEntry m : readModules(modulesFile)) {
                if (m.type().equals(ModuleEntry.POOLING)) {
                    return directory.resolve(m.path()).resolve(PoolingConfig.FILE);
                }
            }
        }
        return directory.resolve("config.json");
    }

    /**
     * Parses {@code dir}.
     *
     * @param onnxOverride an ONNX file to use instead of onnx/model.onnx or model.onnx (relative
     *                     paths resolve against {@code dir}), or null
     */
    public static ModelDirectory open(Path dir, Path onnxOverride) {
        if (!Files.isDirectory(dir)) {
            throw new ModelLoadException(dir, "not a directory");
        }
        Path onnx = findOnnx(dir, onnxOverride);
        tokenizerFile(dir);
        SentenceBertConfig transformer = SentenceBertConfig.read(dir);
        SentenceTransformersConfig settings = SentenceTransformersConfig.read(dir);
        int hidden = hiddenSize(dir);
        Path modulesFile = dir.resolve(MODULES_FILE);
        if (!Files.isRegularFile(modulesFile)) {
            // ST without modules.json: Transformer + mean pooling ("Creating a new one with mean pooling").
            if (hidden <= 0) {
                throw new ModelLoadException(dir.resolve("config.json"),
                        "without modules.json the pooling width comes from config.json's hidden_size; "
                                + "the file or the field is missing");
            }
            return new ModelDirectory(dir, onnx, transformer, settings,
                    new Pooling(List.of(PoolingMode.MEAN), hidden, true), List.of(), false);
        }
        List<ModuleEntry> modules = readModules(modulesFile);
        Pooling pooling = null;
        List<Dense> dense = new ArrayList<>();
        boolean normalize = false;
        for (int i = 0; i < modules.size(); i++) {
            ModuleEntry m = modules.get(i);
            String where = "modules[" + i + "] (\"" + m.type() + "\")";
            switch (m.type()) {
                case ModuleEntry.TRANSFORMER -> {
                    if (i != 0) {
                        throw new ModelLoadException(modulesFile, where + ": the Transformer must be the first module");
                    }
                }
                case ModuleEntry.POOLING -> {
                    if (i != 1) {
                        throw new ModelLoadException(modulesFile, where + ": Pooling must follow the Transformer");
                    }
                    pooling = PoolingConfig.read(dir.resolve(m.path()), hidden);
                }
                case ModuleEntry.DENSE -> {
                    if (pooling == null || normalize) {
                        throw new ModelLoadException(modulesFile, where + ": Dense must come after Pooling and before Normalize");
                    }
                    Dense d = DenseConfig.read(dir.resolve(m.path()));
                    int expected = dense.isEmpty() ? pooling.outputDimension() : dense.get(dense.size() - 1).outFeatures();
                    if (d.inFeatures() != expected) {
                        throw new ModelLoadException(dir.resolve(m.path()).resolve("config.json"),
                                "field \"in_features\": expected " + expected + " (the previous module's output), found "
                                        + d.inFeatures());
                    }
                    dense.add(d);
                }
                case ModuleEntry.NORMALIZE -> {
                    if (i != modules.size() - 1 || pooling == null) {
                        throw new ModelLoadException(modulesFile, where + ": Normalize must be the last module, after Pooling");
                    }
                    normalize = true;
                }
                default -> throw new ModelLoadException(modulesFile, where + ": unsupported module type; supported: "
                        + String.join(", ", ModuleEntry.TRANSFORMER, ModuleEntry.POOLING, ModuleEntry.DENSE,
                                ModuleEntry.NORMALIZE));
            }
        }
        if (modules.isEmpty() || !modules.get(0).type().equals(ModuleEntry.TRANSFORMER) || pooling == null) {
            throw new ModelLoadException(modulesFile, "expected a Transformer module followed by a Pooling module, found "
                    + modules.stream().map(ModuleEntry::type).toList());
        }
        return new ModelDirectory(dir, onnx, transformer, settings, pooling, dense, normalize);
    }

    /** modules.json through the one reader that the Hub download also uses. */
    static List<ModuleEntry> readModules(Path file) {
        try {
            return ModuleEntry.read(file);
        } catch (ModuleEntry.Malformed e) {
            throw new ModelLoadException(file, e.getMessage(), e);
        }
    }

    /** hidden_size from config.json, or -1 when there is none. */
    static int hiddenSize(Path dir) {
        Path config = dir.resolve("config.json");
        if (!Files.isRegularFile(config)) {
            return -1;
        }
        Integer h = Json.optInt(Json.read(config), "hidden_size", config);
        return h == null ? -1 : h;
    }

    /**
     * The ONNX graph of the model in {@code dir}: {@code override} (relative paths resolve against
     * {@code dir}) when given, else onnx/model.onnx, else model.onnx; none is a
     * {@link ModelLoadException} listing the .onnx files present.
     */
    public static Path findOnnx(Path dir, Path override) {
        if (override != null) {
            Path p = dir.resolve(override);
            if (!Files.isRegularFile(p)) {
                throw new ModelLoadException(p, "ONNX file not found" + onnxCandidates(dir));
            }
            return p;
        }
        for (Path p : List.of(dir.resolve("onnx").resolve("model.onnx"), dir.resolve("model.onnx"))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new ModelLoadException(dir.resolve("onnx").resolve("model.onnx"),
                "file not found (nor model.onnx)" + onnxCandidates(dir));
    }

    private static String onnxCandidates(Path dir) {
        List<String> found = new ArrayList<>();
        for (Path sub : List.of(dir, dir.resolve("onnx"))) {
            if (!Files.isDirectory(sub)) {
                continue;
            }
            try (Stream<Path> s = Files.list(sub)) {
                s.filter(p -> p.getFileName().toString().endsWith(".onnx"))
                        .forEach(p -> found.add(dir.relativize(p).toString()));
            } catch (IOException e) {
                throw new ModelLoadException(sub, "cannot list: " + e, e);
            }
        }
        return found.isEmpty() ? "" : "; ONNX files present: " + found + " (choose one with the onnx file option)";
    }
}
