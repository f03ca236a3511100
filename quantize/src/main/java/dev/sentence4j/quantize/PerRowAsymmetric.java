package dev.sentence4j.quantize;

import static dev.sentence4j.quantize.Nodes.intsAttr;
import static dev.sentence4j.quantize.Nodes.node;

import dev.sentence4j.onnx.Tensors;
import dev.sentence4j.onnx.proto.Onnx.NodeProto;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import java.util.ArrayList;
import java.util.List;

/**
 * Like {@link PerRowSymmetric}, but each row's activations get the full uint8 range between their own
 * minimum and maximum (a scale and a zero point per row), which doubles the resolution of skewed
 * rows such as GELU outputs (never below -0.17). MatMulInteger takes only a scalar zero point for A
 * (ONNX spec: per-row only for 2-D A; ORT's kernel: scalar), so the GEMM runs with zero point 0 and
 * the row's zero point is taken out afterwards, exactly, in int32:
 * <pre>
 *   lo = min(ReduceMin(x), 0), hi = max(ReduceMax(x), 0)           // [..., 1], 0 representable
 *   s  = max((hi - lo) / 255, eps),  z = Round(-lo / s)             // z in [0, 255]
 *   xq = QuantizeLinear(x / s + z, scale 1, zero point 0)           // uint8
 *   y  = Cast(MatMulInteger(xq, Wq) - int32(z) * colsum(Wq), float) * s * wscale
 * </pre>
 */
final class PerRowAsymmetric {
    static final String ZERO = "s4jq_zero_f";
    static final String ZERO_POINT_0 = "s4jq_zero_point_0";
    static final String Q_RANGE = "s4jq_255";

    private PerRowAsymmetric() {}

    static List<TensorProto> sharedInitializers(long opset) {
        List<TensorProto> out = new ArrayList<>(List.of(Tensors.scalarFloat(PerRowSymmetric.ONE, 1f),
                Tensors.scalarUint8(ZERO_POINT_0, 0), Tensors.scalarFloat(Q_RANGE, 255f),
                Tensors.scalarFloat(ZERO, 0f), Tensors.scalarFloat(PerRowSymmetric.EPS, PerRowSymmetric.EPSILON)));
        if (opset >= 18) {
            out.add(Tensors.ofInt64(PerRowSymmetric.LAST_AXIS, new long[] {1}, new long[] {-1}));
        }
        return out;
    }

    static Rewrite rewrite(LinearLayer layer, long opset, WeightStorage storage) {
        String p = layer.prefix();
        String x = layer.input();
        WeightQuantization.PerColumn wq = WeightQuantization.perColumn(layer.weights(), layer.k(), layer.n());
        int[] colsum = new int[layer.n()];
        for (int r = 0; r < layer.k(); r++) {
            for (int c = 0; c < layer.n(); c++) {
                colsum[c] += wq.q()[r * layer.n() + c];
            }
        }
        TensorProto weight = storage.tensor(p, layer.k(), layer.n(), wq.q());
        TensorProto wscale = Tensors.ofFloats(p + "/W_scale", new long[] {layer.n()}, wq.scales());
        TensorProto wsum = Tensors.ofInt32(p + "/W_colsum", new long[] {layer.n()}, colsum);
        List<NodeProto> nodes = List.of(
                reduce("ReduceMax", p + "/ReduceMax", x, p + "/hi_raw", opset),
                reduce("ReduceMin", p + "/ReduceMin", x, p + "/lo_raw", opset),
                node("Max", p + "/MaxZero", List.of(p + "/hi_raw", ZERO), p + "/hi").build(),
                node("Min", p + "/MinZero", List.of(p + "/lo_raw", ZERO), p + "/lo").build(),
                node("Sub", p + "/Range", List.of(p + "/hi", p + "/lo"), p + "/range").build(),
                node("Div", p + "/DivRange", List.of(p + "/range", Q_RANGE), p + "/scale_raw").build(),
                node("Max", p + "/MaxEps", List.of(p + "/scale_raw", PerRowSymmetric.EPS), p + "/scale").build(),
                node("Neg", p + "/NegLo", List.of(p + "/lo"), p + "/neg_lo").build(),
                node("Div", p + "/DivZero", List.of(p + "/neg_lo", p + "/scale"), p + "/zero_raw").build(),
                node("Round", p + "/RoundZero", List.of(p + "/zero_raw"), p + "/zero").build(),
                node("Div", p + "/DivScale", List.of(x, p + "/scale"), p + "/x_scaled").build(),
                node("Add", p + "/AddZero", List.of(p + "/x_scaled", p + "/zero"), p + "/x_shifted").build(),
                node("QuantizeLinear", p + "/QuantizeLinear", List.of(p + "/x_shifted", PerRowSymmetric.ONE, ZERO_POINT_0),
                        p + "/x_q").build(),
                node("MatMulInteger", p + "/MatMulInteger",
                        storage.matMulIntegerInputs(p + "/x_q", weight, ZERO_POINT_0), p + "/acc").build(),
                node("Cast", p + "/CastZero", List.of(p + "/zero"), p + "/zero_i")
                        .addAttribute(Nodes.intAttr("to", TensorProto.DataType.INT32_VALUE)).build(),
                node("Mul", p + "/ZeroTimesColsum", List.of(p + "/zero_i", wsum.getName()), p + "/correction").build(),
                node("Sub", p + "/SubCorrection", List.of(p + "/acc", p + "/correction"), p + "/acc_centered").build(),
                node("Cast", p + "/Cast", List.of(p + "/acc_centered"), p + "/acc_f")
                        .addAttribute(Nodes.intAttr("to", TensorProto.DataType.FLOAT_VALUE)).build(),
                node("Mul", p + "/MulRowScale", List.of(p + "/acc_f", p + "/scale"), p + "/y_row").build(),
                node("Mul", p + "/MulColumnScale", List.of(p + "/y_row", wscale.getName()), layer.output()).build());
        return new Rewrite(nodes, storage.withZeroPoint(weight, wscale, wsum));
    }

    private static NodeProto reduce(String op, String name, String x, String out, long opset) {
        NodeProto.Builder n = opset >= 18
                ? node(op, name, List.of(x, PerRowSymmetric.LAST_AXIS), out)
                : node(op, name, List.of(x), out).addAttribute(intsAttr("axes", -1));
        return n.addAttribute(Nodes.intAttr("keepdims", 1)).build();
    }
}
