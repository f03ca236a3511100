package dev.sentence4j.quantize;

import static dev.sentence4j.quantize.Nodes.intAttr;
import static dev.sentence4j.quantize.Nodes.node;

import dev.sentence4j.onnx.Tensors;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import java.util.List;

/**
 * Replaces {@code y = MatMul(x, W)} by ORT's contrib op {@code com.microsoft::MatMulNBits} with
 * bits=8, block_size=32, accuracy_level=4 (int8 compute: activations quantized per block of each
 * row inside the kernel, so rows stay independent). Inputs per the contrib op docs
 * (onnxruntime/docs/ContribOperators.md): A, B uint8 [N, K/32, 32], scales float [N * K/32]; no
 * zero_points input, so the default 2^(bits-1) = 128 applies.
 */
final class MatMulNBits8 {
    static final int BLOCK = 32;

    private MatMulNBits8() {}

    static boolean supports(LinearLayer layer) {
        return layer.k() % BLOCK == 0;
    }

    static Rewrite rewrite(LinearLayer layer) {
        String p = layer.prefix();
        WeightQuantization.Blocked q = WeightQuantization.blocked(layer.weights(), layer.k(), layer.n(), BLOCK);
        int blocks = layer.k() / BLOCK;
        TensorProto b = Tensors.ofUint8(p + "/B", new long[] {layer.n(), blocks, BLOCK}, q.b());
        TensorProto scales = Tensors.ofFloats(p + "/scales", new long[] {(long) layer.n() * blocks}, q.scales());
        var n = node("MatMulNBits", p + "/MatMulNBits", List.of(layer.input(), b.getName(), scales.getName()),
                layer.output()).setDomain(Nodes.MICROSOFT)
                .addAttribute(intAttr("K", layer.k())).addAttribute(intAttr("N", layer.n()))
                .addAttribute(intAttr("bits", 8)).addAttribute(intAttr("block_size", BLOCK))
                .addAttribute(intAttr("accuracy_level", 4)).build();
        return new Rewrite(List.of(n), List.of(b, scales));
    }
}
