package dev.sentence4j.core.runtime;

import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.onnx.OnnxFileException;
import dev.sentence4j.onnx.OnnxStructure;
import dev.sentence4j.onnx.proto.Onnx.GraphProto;
import dev.sentence4j.onnx.proto.Onnx.NodeProto;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import java.nio.file.Path;
import java.util.Set;

/**
 * What sentence4j reads from the ONNX graph itself, which ONNX Runtime's Java API does not show:
 * the embedding tables (to check a tokenizer and max_seq_length against them at load) and the type
 * the weights are computed in (the server's {@code model_dtype}). Read once per load through the
 * onnx module, the project's one ONNX reader, without the weights ({@link OnnxStructure}): ONNX
 * Runtime holds them, a second copy on the heap would only raise the process's peak memory.
 *
 * @param tables the embedding tables' sizes
 * @param dtype  "int8" when the graph quantizes its matrix products, "float16" when its weights
 *               are half precision, else "float32"
 */
public record GraphFacts(EmbeddingTables tables, String dtype) {
    /** Ops that compute in int8: the quantization ops ONNX and ONNX Runtime's contrib domain define. */
    private static final Set<String> INT8_OPS = Set.of("DynamicQuantizeLinear", "QuantizeLinear", "MatMulInteger",
            "QLinearMatMul", "DynamicQuantizeMatMul", "MatMulIntegerToFloat", "MatMulNBits", "QAttention",
            "ConvInteger", "QLinearConv", "QGemm");

    /** Reads {@code file}, which ONNX Runtime has already opened; a graph that cannot be read is a ModelLoadException. */
    public static GraphFacts read(Path file) {
        GraphProto graph;
        try {
            graph = OnnxStructure.read(file).getGraph();
        } catch (OnnxFileException e) {
            throw new ModelLoadException(file, e.getMessage(), e);
        }
        return new GraphFacts(EmbeddingTables.of(graph), dtype(graph));
    }

    static String dtype(GraphProto graph) {
        for (NodeProto n : graph.getNodeList()) {
            if (INT8_OPS.contains(n.getOpType())) {
                return "int8";
            }
        }
        for (TensorProto t : graph.getInitializerList()) {
            if (t.getDataType() == TensorProto.DataType.FLOAT16_VALUE) {
                return "float16";
            }
        }
        return "float32";
    }
}
