package dev.sentence4j.quantize;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.sentence4j.onnx.OnnxFileException;
import dev.sentence4j.onnx.OnnxGraph;
import dev.sentence4j.onnx.proto.Onnx.GraphProto;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import dev.sentence4j.onnx.proto.Onnx.TypeProto;
import dev.sentence4j.onnx.proto.Onnx.ValueInfoProto;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures the range of every linear layer's input by running the fp32 graph, with those inputs
 * made graph outputs, on calibration rows of token ids. Each row runs alone (no padding), so the
 * ranges are those of real tokens.
 */
public final class Calibration {
    private Calibration() {}

    /**
     * @param rows token ids of the calibration texts as the model's tokenizer makes them (special
     *             tokens included), each at most the model's maximum length
     * @return the range of each linear layer's input, keyed by the value's name in the graph
     */
    public static Map<String, ActivationRange> measure(OnnxGraph g, List<long[]> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no calibration texts: expected at least one");
        }
        Set<String> watched = new LinkedHashSet<>();
        for (LinearLayer layer : EncoderGraphCheck.linearLayers(g)) {
            watched.add(layer.input());
        }
        GraphProto.Builder graph = g.graph().toBuilder();
        TypeProto floatTensor = TypeProto.newBuilder().setTensorType(
                TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE)).build();
        for (String name : watched) {
            graph.addOutput(ValueInfoProto.newBuilder().setName(name).setType(floatTensor));
        }
        byte[] model = g.model().toBuilder().setGraph(graph).build().toByteArray();
        boolean typeIds = g.graphInputs().contains("token_type_ids");
        Map<String, ActivationRange> ranges = new HashMap<>();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            // Basic optimizations only: the watched values are read as the export computes them, with
            // no fused kernel (LayerNorm, Gelu) around them; a few hundred runs need no more.
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.BASIC_OPT);
            try (OrtSession session = env.createSession(model, options)) {
                for (long[] ids : rows) {
                    run(env, session, ids, typeIds, watched, ranges);
                }
            }
        } catch (OrtException e) {
            throw new OnnxFileException(g.file(), "cannot run the fp32 graph on the calibration texts: "
                    + e.getMessage(), e);
        }
        return ranges;
    }

    private static void run(OrtEnvironment env, OrtSession session, long[] ids, boolean typeIds, Set<String> watched,
            Map<String, ActivationRange> ranges) throws OrtException {
        long[][] mask = {new long[ids.length]};
        Arrays.fill(mask[0], 1L);
        Map<String, OnnxTensor> feed = new HashMap<>();
        try {
            feed.put("input_ids", OnnxTensor.createTensor(env, new long[][] {ids}));
            feed.put("attention_mask", OnnxTensor.createTensor(env, mask));
            if (typeIds) {
                feed.put("token_type_ids", OnnxTensor.createTensor(env, new long[1][ids.length]));
            }
            try (OrtSession.Result result = session.run(feed, watched)) {
                for (String name : watched) {
                    OnnxTensor t = (OnnxTensor) result.get(name).orElseThrow();
                    ranges.merge(name, rangeOf(t.getFloatBuffer()), ActivationRange::union);
                }
            }
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }

    private static ActivationRange rangeOf(FloatBuffer values) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        while (values.hasRemaining()) {
            float v = values.get();
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new ActivationRange(min, max);
    }
}
