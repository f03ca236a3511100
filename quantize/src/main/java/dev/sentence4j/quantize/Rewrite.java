package dev.sentence4j.quantize;

import dev.sentence4j.onnx.proto.Onnx.NodeProto;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import java.util.List;

/**
 * What replaces one linear layer: nodes in execution order, the initializers they read, and other
 * nodes of the source graph they take over (a bias Add folded into the new node), which go too.
 * Nodes and initializers with the same output or name in several rewrites are the same (one
 * QuantizeLinear of an input that three layers read) and are written once.
 */
record Rewrite(List<NodeProto> nodes, List<TensorProto> initializers, List<NodeProto> absorbed) {
    Rewrite {
        nodes = List.copyOf(nodes);
        initializers = List.copyOf(initializers);
        absorbed = List.copyOf(absorbed);
    }

    Rewrite(List<NodeProto> nodes, List<TensorProto> initializers) {
        this(nodes, initializers, List.of());
    }
}
