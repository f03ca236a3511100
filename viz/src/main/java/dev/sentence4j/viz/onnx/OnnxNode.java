package dev.sentence4j.viz.onnx;

import java.util.List;
import java.util.Objects;

/** A graph node as far as the embedding search needs it (NodeProto fields 1, 2, 3, 4). */
public record OnnxNode(String name, String opType, List<String> inputs, List<String> outputs) {
    public OnnxNode {
        Objects.requireNonNull(opType, "opType");
        name = name == null ? "" : name;
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }
}
