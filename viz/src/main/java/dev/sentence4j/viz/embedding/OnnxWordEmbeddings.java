package dev.sentence4j.viz.embedding;

import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.viz.onnx.OnnxGraphScan;
import dev.sentence4j.viz.onnx.OnnxNode;
import dev.sentence4j.viz.onnx.OnnxTensorData;
import dev.sentence4j.viz.onnx.OnnxTensorRef;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds and reads the word-embedding matrix inside an ONNX graph. Where to look, in order:
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
        OnnxGraphScan graph = OnnxGraphScan.of(onnxFile);
        OnnxTensorRef named = graph.initializers().get(NAME);
        if (named != null && named.dataType() == OnnxTensorRef.FLOAT) {
            return load(graph, named, null, "initializer " + NAME);
        }
        List<OnnxNode> gathers = graph.consumersOf(INPUT_IDS).stream()
                .filter(n -> n.opType().equals("Gather") && n.inputs().size() == 2
                        && n.inputs().get(1).equals(INPUT_IDS))
                .toList();
        if (gathers.isEmpty()) {
            throw new ModelLoadException(onnxFile, "cannot find the word-embedding matrix: no initializer named \""
                    + NAME + "\" and no Gather node takes the graph input \"" + INPUT_IDS + "\" as indices "
                    + "(graph inputs: " + graph.graphInputs() + ")");
        }
        for (OnnxNode gather : gathers) {
            String table = gather.inputs().get(0);
            OnnxTensorRef init = graph.initializers().get(table);
            if (init != null) {
                Optional<OnnxNode> dq = graph.consumersOf(gather.outputs().get(0)).stream()
                        .filter(n -> n.opType().equals("DequantizeLinear")).findFirst();
                return load(graph, init, dq.orElse(null), "initializer " + table + " feeding Gather " + gather.name());
            }
            Optional<OnnxNode> producer = graph.producerOf(table);
            if (producer.isPresent() && producer.get().opType().equals("DequantizeLinear")
                    && graph.initializers().containsKey(producer.get().inputs().get(0))) {
                OnnxTensorRef q = graph.initializers().get(producer.get().inputs().get(0));
                return load(graph, q, producer.get(), "initializer " + q.name() + " via DequantizeLinear feeding Gather "
                        + gather.name());
            }
        }
        throw new ModelLoadException(onnxFile, "cannot find the word-embedding matrix: the Gather on \"" + INPUT_IDS
                + "\" (" + gathers.get(0).name() + ") reads \"" + gathers.get(0).inputs().get(0)
                + "\", which is neither an initializer nor a DequantizeLinear of one");
    }

    private static WordEmbeddingMatrix load(OnnxGraphScan graph, OnnxTensorRef t, OnnxNode dequantize, String how) {
        Path file = graph.file();
        if (t.dims().length != 2) {
            throw new ModelLoadException(file, "word-embedding " + how + " has shape " + java.util.Arrays.toString(t.dims())
                    + "; expected 2 dimensions [vocab, hidden]");
        }
        boolean quantized = t.dataType() == OnnxTensorRef.INT8 || t.dataType() == OnnxTensorRef.UINT8;
        if (quantized && dequantize == null) {
            throw new ModelLoadException(file, "word-embedding " + how + " is " + OnnxTensorRef.typeName(t.dataType())
                    + " but no DequantizeLinear gives its scale and zero point");
        }
        if (!quantized && t.dataType() != OnnxTensorRef.FLOAT && t.dataType() != OnnxTensorRef.FLOAT16) {
            throw new ModelLoadException(file, "word-embedding " + how + " has type " + OnnxTensorRef.typeName(t.dataType())
                    + "; supported: float32, float16, or int8/uint8 with DequantizeLinear");
        }
        int rows = Math.toIntExact(t.dims()[0]);
        int cols = Math.toIntExact(t.dims()[1]);
        float[] data = OnnxTensorData.readAsFloat(file, t); // [rows * cols]
        if (quantized) {
            dequantize(graph, dequantize, rows, cols, data);
        }
        return new WordEmbeddingMatrix(rows, cols, data, file.getFileName() + "#" + t.name()
                + (quantized ? " (" + OnnxTensorRef.typeName(t.dataType()) + ", dequantized)" : ""));
    }

    private static void dequantize(OnnxGraphScan graph, OnnxNode dq, int rows, int cols, float[] data) {
        Path file = graph.file();
        if (dq.inputs().size() < 2) {
            throw new ModelLoadException(file, "DequantizeLinear " + dq.name() + " has no scale input");
        }
        float[] scale = constant(graph, dq, dq.inputs().get(1), "scale");
        float[] zero = dq.inputs().size() > 2 && !dq.inputs().get(2).isEmpty()
                ? constant(graph, dq, dq.inputs().get(2), "zero_point") : new float[] {0f};
        if (zero.length != scale.length) {
            throw new ModelLoadException(file, "DequantizeLinear " + dq.name() + ": scale has " + scale.length
                    + " values, zero_point " + zero.length);
        }
        // Per-tensor (1 value), or per-axis along the rows or the columns.
        int mode = scale.length == 1 ? 0 : scale.length == rows ? 1 : scale.length == cols ? 2 : -1;
        if (mode < 0) {
            throw new ModelLoadException(file, "DequantizeLinear " + dq.name() + ": " + scale.length
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

    private static float[] constant(OnnxGraphScan graph, OnnxNode dq, String name, String role) {
        OnnxTensorRef t = graph.initializers().get(name);
        if (t == null) {
            throw new ModelLoadException(graph.file(), "DequantizeLinear " + dq.name() + ": " + role + " \"" + name
                    + "\" is not an initializer");
        }
        return OnnxTensorData.readAsFloat(graph.file(), t);
    }
}
