package dev.sentence4j.core.config;

import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.core.similarity.Similarity;
import dev.sentence4j.hub.ModuleEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A sentence-transformers SparseEncoder directory of the SPLADE shape, parsed: an MLMTransformer
 * (the transformer with its masked-language-model head, whose ONNX graph outputs logits over the
 * vocabulary) followed by SpladePooling. The same files as an embedding model's
 * ({@link ModelDirectory}: the ONNX graph, the tokenizer, sentence_bert_config.json,
 * config_sentence_transformers.json), read by the same readers; only the modules differ. Reads no
 * ONNX and no tokenizer.
 *
 * @param directory   the model directory
 * @param onnxFile    the ONNX graph to run
 * @param transformer sentence_bert_config.json
 * @param settings    config_sentence_transformers.json (similarity dot when it names none, as ST's SparseEncoder)
 * @param pooling     the SpladePooling module's config.json
 */
public record SparseModelDirectory(Path directory, Path onnxFile, SentenceBertConfig transformer,
        SentenceTransformersConfig settings, SpladePoolingConfig pooling) {

    public SparseModelDirectory {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(onnxFile, "onnxFile");
        Objects.requireNonNull(transformer, "transformer");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(pooling, "pooling");
    }

    /** The tokenizer's file: tokenizer.json, else vocab.txt. */
    public Path tokenizerFile() {
        return ModelDirectory.tokenizerFile(directory);
    }

    /**
     * Parses {@code dir}. Without modules.json (a directory that config_sentence_transformers.json
     * declares a SparseEncoder), the modules are ST's defaults for a masked-language model:
     * MLMTransformer and SpladePooling(max, relu).
     *
     * @param onnxOverride an ONNX file to use instead of onnx/model.onnx or model.onnx, or null
     */
    public static SparseModelDirectory open(Path dir, Path onnxOverride) {
        if (!Files.isDirectory(dir)) {
            throw new ModelLoadException(dir, "not a directory");
        }
        Path onnx = ModelDirectory.findOnnx(dir, onnxOverride);
        ModelDirectory.tokenizerFile(dir); // tokenizer.json or vocab.txt, else an error naming them
        SentenceBertConfig transformer = SentenceBertConfig.read(dir);
        SentenceTransformersConfig settings = SentenceTransformersConfig.read(dir, Similarity.DOT);
        Path modulesFile = dir.resolve(ModelDirectory.MODULES_FILE);
        if (!Files.isRegularFile(modulesFile)) {
            return new SparseModelDirectory(dir, onnx, transformer, settings,
                    SpladePoolingConfig.defaults(dir.resolve("1_SpladePooling").resolve(SpladePoolingConfig.FILE)));
        }
        List<ModuleEntry> modules = ModelDirectory.readModules(modulesFile);
        SpladePoolingConfig pooling = null;
        for (int i = 0; i < modules.size(); i++) {
            ModuleEntry m = modules.get(i);
            String where = "modules[" + i + "] (\"" + m.type() + "\")";
            switch (m.type()) {
                case ModuleEntry.MLM_TRANSFORMER -> {
                    if (i != 0) {
                        throw new ModelLoadException(modulesFile, where + ": the MLMTransformer must be the first module");
                    }
                }
                case ModuleEntry.SPLADE_POOLING -> {
                    if (i != 1) {
                        throw new ModelLoadException(modulesFile, where + ": SpladePooling must follow the MLMTransformer");
                    }
                    pooling = SpladePoolingConfig.read(dir.resolve(m.path()));
                }
                default -> throw new ModelLoadException(modulesFile, where + ": unsupported module type for a sparse "
                        + "encoder; supported: " + ModuleEntry.MLM_TRANSFORMER + " followed by " + ModuleEntry.SPLADE_POOLING
                        + " (SPLADE)");
            }
        }
        if (pooling == null) {
            throw new ModelLoadException(modulesFile, "expected an MLMTransformer module followed by a SpladePooling "
                    + "module, found " + modules.stream().map(ModuleEntry::type).toList());
        }
        return new SparseModelDirectory(dir, onnx, transformer, settings, pooling);
    }
}
