package dev.sentence4j.quantize;

import static dev.sentence4j.quantize.Nodes.node;

import dev.sentence4j.onnx.OnnxGraph;
import dev.sentence4j.onnx.Tensors;
import dev.sentence4j.onnx.proto.Onnx.NodeProto;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replaces {@code y = MatMul(x, W)} (and the bias Add after it, when there is one) by two nodes
 * whose activation scale was fixed by calibration:
 * <pre>
 *   xq = QuantizeLinear(x, a, z)                                         // uint8; a, z from the ActivationRange
 *   y  = com.microsoft::MatMulIntegerToFloat(xq, Wq, a, wscale, z, , b)  // Wq int8 [K, N], wscale [N], bias b [N]
 * </pre>
 * A fixed scale is the same for every row, so rows stay independent (bit-identical alone or in any
 * batch), and nothing computes a range at run time: the integer GEMM with its scaling and bias
 * fused is all that is left (ORT contrib op docs: MatMulIntegerToFloat takes a_scale and
 * a_zero_point per tensor, b_scale per tensor or per column, an optional bias). The layers that
 * read the same input (query, key and value) share one QuantizeLinear, named after the input.
 * Values outside the calibrated range saturate at 0 or 255.
 *
 * <p>Tried and not kept: SmoothQuant (input channels divided by s_c = max|x_c|^a / max|W_c|^(1-a),
 * weight rows multiplied by it, in QuantizeLinear's per-channel scale): on all-MiniLM-L6-v2 with
 * per-column weights it lowered STS-B Spearman from 0.8190 to 0.8172 (a = 0.5) and 0.8045 (a = 0.25).
 */
final class StaticPerTensor {
    private StaticPerTensor() {}

    static Rewrite rewrite(OnnxGraph g, LinearLayer layer, ActivationRange range, WeightStorage storage) {
        String p = layer.prefix();
        String x = layer.input();
        UintScale a = range.uintScale();
        WeightQuantization.PerColumn wq = WeightQuantization.perColumn(layer.weights(), layer.k(), layer.n());
        TensorProto weight = storage.tensor(p, layer.k(), layer.n(), wq.q());
        TensorProto wscale = Tensors.ofFloats(p + "/W_scale", new long[] {layer.n()}, wq.scales());
        TensorProto xscale = Tensors.scalarFloat(x + "_s4jq_scale", a.scale());
        TensorProto xzero = Tensors.scalarUint8(x + "_s4jq_zero_point", a.zeroPoint());
        String xq = x + "_s4jq_uint8";
        List<String> inputs = new ArrayList<>(List.of(xq, weight.getName(), xscale.getName(), wscale.getName(),
                xzero.getName()));
        Optional<NodeProto> biasAdd = biasAdd(g, layer);
        String output = layer.output();
        if (biasAdd.isPresent() || storage != WeightStorage.INT8) {
            inputs.add(storage.zeroPointInput()); // b_zero_point: none for int8 weights (symmetric)
        }
        if (biasAdd.isPresent()) {
            NodeProto add = biasAdd.get();
            inputs.add(add.getInput(0).equals(layer.output()) ? add.getInput(1) : add.getInput(0));
            output = add.getOutput(0);
        }
        List<NodeProto> nodes = List.of(
                node("QuantizeLinear", x + "_s4jq_QuantizeLinear", List.of(x, xscale.getName(), xzero.getName()), xq)
                        .build(),
                node("MatMulIntegerToFloat", p + "/MatMulIntegerToFloat", inputs, output)
                        .setDomain(Nodes.MICROSOFT).build());
        return new Rewrite(nodes, storage.withZeroPoint(weight, wscale, xscale, xzero),
                biasAdd.map(List::of).orElse(List.of()));
    }

    /**
     * The Add that adds a bias to the layer's output and is its only reader: a float32 1-D
     * initializer of N values on the other input.
     */
    static Optional<NodeProto> biasAdd(OnnxGraph g, LinearLayer layer) {
        List<NodeProto> readers = g.consumersOf(layer.output());
        if (readers.size() != 1 || g.graphOutputs().contains(layer.output())) {
            return Optional.empty();
        }
        NodeProto add = readers.get(0);
        if (!add.getOpType().equals("Add") || !add.getDomain().isEmpty() || add.getInputCount() != 2) {
            return Optional.empty();
        }
        String other = add.getInput(0).equals(layer.output()) ? add.getInput(1) : add.getInput(0);
        TensorProto b = g.initializers().get(other);
        boolean bias = b != null && b.getDataType() == TensorProto.DataType.FLOAT_VALUE && b.getDimsCount() == 1
                && b.getDims(0) == layer.n();
        return bias ? Optional.of(add) : Optional.empty();
    }
}
