package dev.sentence4j.quantize;

import static dev.sentence4j.quantize.Nodes.intsAttr;
import static dev.sentence4j.quantize.Nodes.node;

import dev.sentence4j.onnx.Tensors;
import dev.sentence4j.onnx.proto.Onnx.NodeProto;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import java.util.List;

/**
 * Replaces {@code y = MatMul(x, W)} by an integer GEMM whose activation scale is computed per row of
 * x (per token), so no row depends on another row of the batch, padding included:
 * <pre>
 *   s  = max(ReduceMax(|x|, axis -1, keepdims) / 127, eps)        // [..., 1]
 *   xq = QuantizeLinear(x / s, scale 1, zero point 128)            // uint8, x/s in [-127, 127]
 *   y  = Cast(MatMulInteger(xq, Wq, 128), float) * s * wscale      // Wq int8 [K, N], wscale [N]
 * </pre>
 * Only standard ONNX ops (opset 10+), each with an ORT CPU kernel. uint8 x int8 is the operand pair
 * ORT's MLAS GEMM runs with VNNI dot products (shared/notes/int8-matmul-measurements.md measured this
 * chain at 1.3-1.9x fp32 and batch-independent). On x86 CPUs without VNNI, MLAS multiplies u8 x s8
 * with VPMADDUBSW, whose int16 pair sums can saturate (ORT's quantization docs, "U8S8 ... saturation");
 * the rows stay independent, only accuracy may drop there.
 */
final class PerRowSymmetric {
    static final String ONE = "s4jq_one";
    static final String ZERO_POINT = "s4jq_zero_point_128";
    static final String Q_MAX = "s4jq_127";
    static final String EPS = "s4jq_eps";
    static final String LAST_AXIS = "s4jq_last_axis";
    /** The floor of a row's scale: a row of zeros (or nearly) divides by this instead of by 0. */
    static final float EPSILON = 1e-12f;

    private PerRowSymmetric() {}

    /** The initializers every rewritten layer shares. */
    static List<TensorProto> sharedInitializers(long opset) {
        List<TensorProto> out = new java.util.ArrayList<>(List.of(Tensors.scalarFloat(ONE, 1f),
                Tensors.scalarUint8(ZERO_POINT, 128), Tensors.scalarFloat(Q_MAX, WeightQuantization.QMAX),
                Tensors.scalarFloat(EPS, EPSILON)));
        if (opset >= 18) {
            out.add(Tensors.ofInt64(LAST_AXIS, new long[] {1}, new long[] {-1}));
        }
        return out;
    }

    /** The nodes replacing {@code layer}, in order, and the layer's own initializers. */
    static Rewrite rewrite(LinearLayer layer, long opset, WeightStorage storage) {
        String p = layer.prefix();
        String x = layer.input();
        WeightQuantization.PerColumn wq = WeightQuantization.perColumn(layer.weights(), layer.k(), layer.n());
        TensorProto weight = storage.tensor(p, layer.k(), layer.n(), wq.q());
        TensorProto wscale = Tensors.ofFloats(p + "/W_scale", new long[] {layer.n()}, wq.scales());

        NodeProto.Builder reduce = opset >= 18
                // ReduceMax takes its axes as an input from opset 18 on, as an attribute before.
                ? node("ReduceMax", p + "/ReduceMax", List.of(p + "/abs", LAST_AXIS), p + "/amax")
                : node("ReduceMax", p + "/ReduceMax", List.of(p + "/abs"), p + "/amax")
                        .addAttribute(intsAttr("axes", -1));
        reduce.addAttribute(Nodes.intAttr("keepdims", 1));
        List<NodeProto> nodes = List.of(
                node("Abs", p + "/Abs", List.of(x), p + "/abs").build(),
                reduce.build(),
                node("Div", p + "/DivQmax", List.of(p + "/amax", Q_MAX), p + "/scale_raw").build(),
                node("Max", p + "/MaxEps", List.of(p + "/scale_raw", EPS), p + "/scale").build(),
                node("Div", p + "/DivScale", List.of(x, p + "/scale"), p + "/x_scaled").build(),
                node("QuantizeLinear", p + "/QuantizeLinear", List.of(p + "/x_scaled", ONE, ZERO_POINT), p + "/x_q")
                        .build(),
                node("MatMulInteger", p + "/MatMulInteger", storage.matMulIntegerInputs(p + "/x_q", weight, ZERO_POINT),
                        p + "/acc").build(),
                node("Cast", p + "/Cast", List.of(p + "/acc"), p + "/acc_f")
                        .addAttribute(Nodes.intAttr("to", TensorProto.DataType.FLOAT_VALUE)).build(),
                node("Mul", p + "/MulRowScale", List.of(p + "/acc_f", p + "/scale"), p + "/y_row").build(),
                node("Mul", p + "/MulColumnScale", List.of(p + "/y_row", wscale.getName()), layer.output()).build());
        return new Rewrite(nodes, storage.withZeroPoint(weight, wscale));
    }
}
