package dev.sentence4j.viz.embedding;

import dev.sentence4j.core.ModelLoadException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a model directory's word-embedding matrix is read from. */
public final class WordEmbeddings {
    public static final String SAFETENSORS = "model.safetensors";

    private WordEmbeddings() {}

    /**
     * From {@code model.safetensors} when the directory has one (the checkpoint's own values), else
     * from the ONNX graph the encoder runs.
     *
     * @param onnxFile the model's ONNX file, or null to look for onnx/model.onnx and model.onnx
     */
    public static WordEmbeddingMatrix load(Path modelDir, Path onnxFile) {
        Path st = modelDir.resolve(SAFETENSORS);
        if (Files.isRegularFile(st)) {
            return SafetensorsWordEmbeddings.read(st);
        }
        if (onnxFile == null) {
            for (Path candidate : new Path[] {modelDir.resolve("onnx").resolve("model.onnx"), modelDir.resolve("model.onnx")}) {
                if (Files.isRegularFile(candidate)) {
                    onnxFile = candidate;
                    break;
                }
            }
        }
        if (onnxFile == null || !Files.isRegularFile(onnxFile)) {
            throw new ModelLoadException(modelDir, "cannot find the word-embedding matrix: no " + SAFETENSORS
                    + " and no ONNX file (looked for " + (onnxFile != null ? onnxFile : "onnx/model.onnx, model.onnx") + ")");
        }
        return OnnxWordEmbeddings.read(onnxFile);
    }
}
