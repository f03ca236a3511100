package dev.sentence4j.core.crossencoder;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a loaded cross-encoder is.
 *
 * @param name       what the user typed, or the directory's name
 * @param directory  the model directory on disk
 * @param onnxFile   the ONNX graph in use
 * @param dtype      the type its weights are computed in: "float32", "float16" or "int8"
 * @param numLabels  the width of the logits: 1 for a reranker
 * @param labels     config.json's id2label in id order, "LABEL_i" where it has none
 * @param activation what turns logits into scores: "Sigmoid", "Identity", "Softmax", "Tanh", ...
 * @param maxLength  pairs are truncated (longest first) to this many tokens, special tokens included
 * @param onnxInputs graph inputs fed
 */
public record CrossEncoderInfo(String name, Path directory, Path onnxFile, String dtype, int numLabels,
        List<String> labels, String activation, int maxLength, List<String> onnxInputs) {
    public CrossEncoderInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(activation, "activation");
        labels = List.copyOf(labels);
        onnxInputs = List.copyOf(onnxInputs);
        if (labels.size() != numLabels) {
            throw new IllegalArgumentException("labels: expected " + numLabels + ", found " + labels.size());
        }
    }
}
