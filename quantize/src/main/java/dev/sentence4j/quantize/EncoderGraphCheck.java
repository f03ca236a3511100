package dev.sentence4j.quantize;

import dev.sentence4j.onnx.OnnxFileException;
import dev.sentence4j.onnx.OnnxGraph;
import dev.sentence4j.onnx.proto.Onnx.NodeProto;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a graph is a transformer encoder this quantizer understands, and finds its
 * linear layers. Expected: the graph inputs {@code input_ids} and {@code attention_mask} (what every
 * HF encoder export takes), and MatMul nodes whose second input is a 2-D float32 initializer.
 */
final class EncoderGraphCheck {
    static final List<String> REQUIRED_INPUTS = List.of("input_ids", "attention_mask");

    private EncoderGraphCheck() {}

    static List<LinearLayer> linearLayers(OnnxGraph g) {
        List<String> inputs = g.graphInputs();
        if (!inputs.containsAll(REQUIRED_INPUTS)) {
            throw new OnnxFileException(g.file(), "not a transformer encoder graph: expected the inputs "
                    + REQUIRED_INPUTS + ", found " + inputs);
        }
        List<LinearLayer> layers = new ArrayList<>();
        for (NodeProto n : g.nodes()) {
            if (!n.getOpType().equals("MatMul") || !n.getDomain().isEmpty() || n.getInputCount() != 2) {
                continue;
            }
            TensorProto w = g.initializers().get(n.getInput(1));
            if (w == null || w.getDataType() != TensorProto.DataType.FLOAT_VALUE || w.getDimsCount() != 2) {
                continue; // an attention product between activations, or an already quantized weight
            }
            int k = Math.toIntExact(w.getDims(0));
            int cols = Math.toIntExact(w.getDims(1));
            layers.add(new LinearLayer(n, w, k, cols, g.floats(w)));
        }
        if (layers.isEmpty()) {
            long quantized = g.nodes().stream().filter(n -> n.getOpType().startsWith("MatMulInteger")
                    || n.getOpType().equals("DynamicQuantizeMatMul") || n.getOpType().equals("MatMulNBits")).count();
            throw new OnnxFileException(g.file(), "no linear layer to quantize: expected MatMul nodes with a 2-D "
                    + "float32 weight initializer, found none" + (quantized > 0
                            ? " (the graph has " + quantized + " integer MatMul nodes: it is already quantized; "
                                    + "start from the fp32 graph)" : ""));
        }
        return layers;
    }
}
