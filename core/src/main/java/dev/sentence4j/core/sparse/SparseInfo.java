package dev.sentence4j.core.sparse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a loaded sparse encoder is.
 *
 * @param name              embedded name, what the user typed, or the directory's name
 * @param directory         the model directory on disk
 * @param onnxFile          the ONNX graph in use
 * @param dtype             the type its weights are computed in: "float32", "float16" or "int8"
 * @param dimension         the vectors' width: the vocabulary size
 * @param maxSeqLength      inputs are truncated to this many tokens
 * @param pooling           SpladePooling's pooling_strategy: "max" or "sum"
 * @param activation        SpladePooling's activation_function: "relu" or "log1p_relu"
 * @param prompts           named prompts
 * @param defaultPromptName the prompt used when none is given, or null
 * @param onnxInputs        graph inputs fed
 */
public record SparseInfo(String name, Path directory, Path onnxFile, String dtype, int dimension, int maxSeqLength,
        String pooling, String activation, Map<String, String> prompts, String defaultPromptName, List<String> onnxInputs) {
    public SparseInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(onnxFile, "onnxFile");
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(pooling, "pooling");
        Objects.requireNonNull(activation, "activation");
        prompts = Map.copyOf(prompts);
        onnxInputs = List.copyOf(onnxInputs);
    }
}
