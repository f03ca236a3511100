package dev.sentence4j.core.runtime;

import dev.sentence4j.onnx.proto.Onnx.GraphProto;
import dev.sentence4j.onnx.proto.Onnx.NodeProto;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import java.util.HashMap;
import java.util.Map;

/**
 * The rows of a transformer graph's embedding tables, read from the graph itself, since ONNX
 * Runtime's Java API does not show initializers: the word table is the data of the Gather whose
 * indices are the {@code input_ids} input (through a Cast or DequantizeLinear at most), the
 * position table the Gather data named {@code *position_embeddings*} (optimum's exports of BERT,
 * RoBERTa, MPNet..., quantized ones with a {@code _quantized} suffix). -1 where not found.
 *
 * @param wordRows     the word table's rows: ids must be below it
 * @param positionRows the position table's rows
 * @param hidden       the word table's width (the hidden size), -1 when unknown
 */
public record EmbeddingTables(int wordRows, int positionRows, int hidden) {

    static final EmbeddingTables UNKNOWN = new EmbeddingTables(-1, -1, -1);

    /** The tables of {@code graph}. */
    public static EmbeddingTables of(GraphProto graph) {
        Map<String, long[]> dims = new HashMap<>();
        for (TensorProto t : graph.getInitializerList()) {
            dims.put(t.getName(), t.getDimsList().stream().mapToLong(Long::longValue).toArray());
        }
        Map<String, NodeProto> producers = new HashMap<>();
        for (NodeProto n : graph.getNodeList()) {
            n.getOutputList().forEach(o -> producers.put(o, n));
        }
        int wordRows = -1;
        int hidden = -1;
        int positionRows = -1;
        for (NodeProto g : graph.getNodeList()) {
            if (!g.getOpType().equals("Gather") || g.getInputCount() != 2) {
                continue;
            }
            long[] table = dims.get(source(g.getInput(0), producers));
            if (table == null || table.length != 2) {
                continue;
            }
            if ("input_ids".equals(source(g.getInput(1), producers))) {
                wordRows = (int) table[0];
                hidden = (int) table[1];
            } else if (g.getInput(0).contains("position_embeddings")) {
                positionRows = (int) table[0];
            }
        }
        return new EmbeddingTables(wordRows, positionRows, hidden);
    }

    /** Follows a value back through Cast / DequantizeLinear to the initializer or graph input it comes from. */
    private static String source(String value, Map<String, NodeProto> producers) {
        for (int hops = 0; hops < 3; hops++) {
            NodeProto p = producers.get(value);
            if (p == null || p.getInputCount() == 0 || !(p.getOpType().equals("Cast") || p.getOpType().equals("DequantizeLinear"))) {
                return value;
            }
            value = p.getInput(0);
        }
        return value;
    }
}
