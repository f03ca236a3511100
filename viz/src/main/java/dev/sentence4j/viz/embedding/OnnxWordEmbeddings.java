package dev.sentence4j.viz.embedding;

import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.onnx.OnnxFileException;
import dev.sentence4j.onnx.OnnxGraph;
import dev.sentence4j.onnx.Tensors;
import dev.sentence4j.onnx.proto.Onnx.NodeProto;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import dev.sentence4j.onnx.proto.Onnx.TensorProto.DataType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds and reads the word-embedding matrix inside an ONNX graph (read with the project's ONNX
 * reader, sentence4j-onnx). Where to look, in order:
 * <ol>
 *   <li>the initializer named {@value #NAME} (HF BERT exports keep the PyTorch parameter name);</li>
 *   <li>the initializer that feeds (input 0 of) the Gather whose indices are the graph input
 *       {@value #INPUT_IDS}.</li>
 * </ol>
 * Quantized exports (ORT quantize_dynamic, as in Xenova's model_quantized.onnx) store it as
 * uint8/int8 {@code <name>_quantized}, gather the quantized rows and dequantize after the Gather
 * with {@code DequantizeLinear(x, scale, zero_point)}: {@code y = (x - zero_point) * scale}; the
 * same happens when the DequantizeLinear sits before the Gather. Both are followed here.
 */
public final class OnnxWordEmbeddings {
    public static final String NAME = "embeddings.word_embeddings.weight";
    public static final String INPUT_IDS = "input_ids";

    private OnnxWordEmbeddings() {}

    public static WordEmbeddingMatrix read(Path onnxFile) {
        try {
            return find(OnnxGraph.read(onnxFile));
        } catch (OnnxFileException e) {
            throw new ModelLoadException(e.file(), e.detail(), e);
        }
    }

    private static WordEmbeddingMatrix find(OnnxGraph graph) {
        Path onnxFile = graph.file();
        TensorProto named = graph.initializers().get(NAME);
        if (named != null && named.getDataType() == DataType.FLOAT_VALUE) {
            return load(graph, named, null, "initializer " + NAME);
        }
        List<NodeProto> gathers = graph.consumersOf(INPUT_IDS).stream()
                .filter(n -> n.getOpType().equals("Gather") && n.getInputCount() == 2
                        && n.getInput(1).equals(INPUT_IDS))
                .toList();
        if (gathers.isEmpty()) {
            throw new ModelLoadException(onnxFile, "cannot find the word-embedding matrix: no initializer named \""
                    + NAME + "\" and no Gather node takes the graph input \"" + INPUT_IDS + "\" as indices "
                    + "(graph inputs: " + graph.graphInputs() + ")");
        }
        for (NodeProto gather : gathers) {
            String table = gather.getInput(0);
            TensorProto init = graph.initializers().get(table);
            if (init != null) {
                Optional<NodeProto> dq = graph.consumersOf(gather.getOutput(0)).stream()
                        .filter(n -> n.getOpType().equals("DequantizeLinear")).findFirst();
                return load(graph, init, dq.orElse(null), "initializer " + table + " feeding Gather "
                        + gather.getName());
            }
            Optional<NodeProto> producer = graph.producerOf(table);
            if (producer.isPresent() && producer.get().getOpType().equals("DequantizeLinear")
                    && graph.initializers().containsKey(producer.get().getInput(0))) {
                TensorProto q = graph.initializers().get(producer.get().getInput(0));
                return load(graph, q, producer.get(), "initializer " + q.getName()
                        + " via DequantizeLinear feeding Gather " + gather.getName());
            }
        }
        throw new ModelLoadException(onnxFile, "cannot find the word-embedding matrix: the Gather on \"" + INPUT_IDS
                + "\" (" + gathers.get(0).getName() + ") reads \"" + gathers.get(0).getInput(0)
                + "\", which is neither an initializer nor a DequantizeLinear of one");
    }

    private static WordEmbeddingMatrix load(OnnxGraph graph, TensorProto t, NodeProto dequantize, String how) {
        Path file = graph.file();
        int type = t.getDataType();
        if (t.getDimsCount() != 2) {
            throw new ModelLoadException(file, "word-embedding " + how + " has shape "
                    + Arrays.toString(Tensors.dims(t)) + "; expected 2 dimensions [vocab, hidden]");
        }
        boolean quantized = type == DataType.INT8_VALUE || type == DataType.UINT8_VALUE;
        if (quantized && dequantize == null) {
            throw new ModelLoadException(file, "word-embedding " + how + " is " + Tensors.typeName(type)
                    + " but no DequantizeLinear gives its scale and zero point");
        }
        if (!quantized && type != DataType.FLOAT_VALUE && type != DataType.FLOAT16_VALUE) {
            throw new ModelLoadException(file, "word-embedding " + how + " has type " + Tensors.typeName(type)
                    + "; supported: float32, float16, or int8/uint8 with DequantizeLinear");
        }
        int rows = Math.toIntExact(t.getDims(0));
        int cols = Math.toIntExact(t.getDims(1));
        float[] data = graph.floats(t); // [rows * cols]
        if (quantized) {
            dequantize(graph, dequantize, rows, cols, data);
        }
        return new WordEmbeddingMatrix(rows, cols, data, file.getFileName() + "#" + t.getName()
                + (quantized ? " (" + Tensors.typeName(type) + ", dequantized)" : ""));
    }

    private static void dequantize(OnnxGraph graph, NodeProto dq, int rows, int cols, float[] data) {
        Path file = graph.file();
        if (dq.getInputCount() < 2) {
            throw new ModelLoadException(file, "DequantizeLinear " + dq.getName() + " has no scale input");
        }
        float[] scale = constant(graph, dq, dq.getInput(1), "scale");
        float[] zero = dq.getInputCount() > 2 && !dq.getInput(2).isEmpty()
                ? constant(graph, dq, dq.getInput(2), "zero_point") : new float[] {0f};
        if (zero.length != scale.length) {
            throw new ModelLoadException(file, "DequantizeLinear " + dq.getName() + ": scale has " + scale.length
                    + " values, zero_point " + zero.length);
        }
        // Per-tensor (1 value), or per-axis along the rows or the columns.
        int mode = scale.length == 1 ? 0 : scale.length == rows ? 1 : scale.length == cols ? 2 : -1;
        if (mode < 0) {
            throw new ModelLoadException(file, "DequantizeLinear " + dq.getName() + ": " + scale.length
                    + " scales fit neither per-tensor (1), per-row (" + rows + ") nor per-column (" + cols + ")");
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int k = mode == 0 ? 0 : mode == 1 ? r : c;
                int i = r * cols + c;
                data[i] = (data[i] - zero[k]) * scale[k];
            }
        }
    }

    private static float[] constant(OnnxGraph graph, NodeProto dq, String name, String role) {
        TensorProto t = graph.initializers().get(name);
        if (t == null) {
            throw new ModelLoadException(graph.file(), "DequantizeLinear " + dq.getName() + ": " + role + " \"" + name
                    + "\" is not an initializer");
        }
        return graph.floats(t);
    }
}
