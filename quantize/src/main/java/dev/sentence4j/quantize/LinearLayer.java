package dev.sentence4j.quantize;

import dev.sentence4j.onnx.proto.Onnx.NodeProto;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;

/**
 * One linear layer of the encoder as the export writes it: {@code MatMul(x, W)} with W a float32
 * initializer of shape [K, N] (K inputs, N outputs). The bias, when there is one, is a separate Add
 * that is left as it is.
 *
 * @param weights W's values, row-major [K * N]
 */
record LinearLayer(NodeProto node, TensorProto weight, int k, int n, float[] weights) {
    LinearLayer {
        if (weights.length != k * n) {
            throw new IllegalArgumentException("weights hold " + weights.length + " values, expected " + k + "x" + n);
        }
    }

    String input() {
        return node.getInput(0);
    }

    String output() {
        return node.getOutput(0);
    }

    /** A prefix for the names of the nodes and initializers that replace this layer. */
    String prefix() {
        String base = node.getName().isEmpty() ? node.getOutput(0) : node.getName();
        return base + "_s4jq";
    }
}
