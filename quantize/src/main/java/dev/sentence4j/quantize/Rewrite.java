package dev.sentence4j.quantize;

import dev.sentence4j.onnx.proto.Onnx.NodeProto;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import java.util.List;

/** What replaces one linear layer: nodes in execution order, and the initializers they read. */
record Rewrite(List<NodeProto> nodes, List<TensorProto> initializers) {
    Rewrite {
        nodes = List.copyOf(nodes);
        initializers = List.copyOf(initializers);
    }
}
