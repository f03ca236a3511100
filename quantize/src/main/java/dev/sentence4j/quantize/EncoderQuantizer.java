package dev.sentence4j.quantize;

import dev.sentence4j.onnx.OnnxFileException;
import dev.sentence4j.onnx.ExternalData;
import dev.sentence4j.onnx.OnnxGraph;
import dev.sentence4j.onnx.proto.Onnx.GraphProto;
import dev.sentence4j.onnx.proto.Onnx.ModelProto;
import dev.sentence4j.onnx.proto.Onnx.NodeProto;
import dev.sentence4j.onnx.proto.Onnx.OperatorSetIdProto;
import dev.sentence4j.onnx.proto.Onnx.StringStringEntryProto;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an fp32 ONNX encoder graph and writes a graph whose linear layers are int8, with nothing in
 * it depending on other rows of the batch (see {@link QuantizationScheme}). Everything that is not
 * a linear layer (embeddings, LayerNorm, softmax, GELU, the attention products) is copied unchanged.
 */
public final class EncoderQuantizer {
    /** metadata_props key recording how the graph was made. */
    public static final String METADATA_KEY = "sentence4j.quantization";

    private EncoderQuantizer() {}

    public static QuantizationSummary quantize(Path input, Path output, QuantizationScheme scheme) {
        return quantize(OnnxGraph.read(input), output, scheme, Map.of());
    }

    /**
     * @param ranges each linear layer input's calibrated range ({@link Calibration#measure}); needed
     *               by {@link QuantizationScheme#STATIC}, ignored by the others
     */
    public static QuantizationSummary quantize(OnnxGraph g, Path output, QuantizationScheme scheme,
            Map<String, ActivationRange> ranges) {
        Path input = g.file();
        Result r = quantize(g, scheme, ranges);
        ExternalData.write(r.model(), output); // weights beside the graph: ORT maps them, see ExternalData
        try {
            return new QuantizationSummary(input, output, scheme, r.quantized(), r.keptFloat(),
                    ExternalData.sizeWithData(input), ExternalData.sizeWithData(output));
        } catch (IOException e) {
            throw new OnnxFileException(output, "cannot read the size of the written file: " + e, e);
        }
    }

    /** The rewritten model, with the counts of layers quantized and kept. */
    public record Result(ModelProto model, int quantized, int keptFloat) {}

    public static Result quantize(OnnxGraph g, QuantizationScheme scheme) {
        return quantize(g, scheme, Map.of());
    }

    /** With the weight storage that is exact and fast on this machine ({@link WeightStorage#forThisMachine}). */
    public static Result quantize(OnnxGraph g, QuantizationScheme scheme, Map<String, ActivationRange> ranges) {
        return quantize(g, scheme, ranges, WeightStorage.forThisMachine());
    }

    static Result quantize(OnnxGraph g, QuantizationScheme scheme, Map<String, ActivationRange> ranges,
            WeightStorage storage) {
        List<LinearLayer> layers = EncoderGraphCheck.linearLayers(g);
        long opset = g.opset(OnnxGraph.ONNX_DOMAIN);
        if (scheme != QuantizationScheme.MATMUL_NBITS_8 && opset < 11) {
            throw new OnnxFileException(g.file(), "the graph imports ONNX opset " + opset
                    + "; the per-row and static schemes need opset 11 or later (QuantizeLinear, MatMulInteger, Round)");
        }
        Map<NodeProto, Rewrite> rewrites = new IdentityHashMap<>(); // same instances as g.nodes()
        for (LinearLayer layer : layers) {
            if (scheme == QuantizationScheme.PER_ROW_SYMMETRIC) {
                rewrites.put(layer.node(), PerRowSymmetric.rewrite(layer, opset, storage));
            } else if (scheme == QuantizationScheme.PER_ROW_ASYMMETRIC) {
                rewrites.put(layer.node(), PerRowAsymmetric.rewrite(layer, opset, storage));
            } else if (scheme == QuantizationScheme.STATIC) {
                ActivationRange range = ranges.get(layer.input());
                if (range == null) {
                    throw new IllegalArgumentException("no calibrated range for " + layer.input()
                            + ", the input of linear layer " + layer.node().getName() + "; expected ranges from "
                            + "Calibration.measure on this graph");
                }
                rewrites.put(layer.node(), StaticPerTensor.rewrite(g, layer, range, storage));
            } else if (MatMulNBits8.supports(layer)) {
                rewrites.put(layer.node(), MatMulNBits8.rewrite(layer));
            }
        }
        // Weights read only by rewritten layers are dropped; one read elsewhere too is kept.
        Set<String> dropped = new HashSet<>();
        for (LinearLayer layer : layers) {
            String w = layer.weight().getName();
            if (rewrites.containsKey(layer.node())
                    && g.consumersOf(w).stream().allMatch(rewrites::containsKey)) {
                dropped.add(w);
            }
        }
        Set<NodeProto> absorbed = Collections.newSetFromMap(new IdentityHashMap<>());
        rewrites.values().forEach(r -> absorbed.addAll(r.absorbed()));
        GraphProto.Builder graph = g.graph().toBuilder().clearNode().clearInitializer();
        Set<String> written = new HashSet<>(); // outputs and initializers several rewrites share, written once
        for (NodeProto n : g.nodes()) {
            Rewrite r = rewrites.get(n);
            if (r == null) {
                if (!absorbed.contains(n)) {
                    graph.addNode(n);
                }
                continue;
            }
            for (NodeProto added : r.nodes()) {
                if (written.add(added.getOutput(0))) {
                    graph.addNode(added);
                }
            }
        }
        for (TensorProto t : g.graph().getInitializerList()) {
            if (!dropped.contains(t.getName())) {
                graph.addInitializer(t);
            }
        }
        if (scheme == QuantizationScheme.PER_ROW_SYMMETRIC) {
            graph.addAllInitializer(PerRowSymmetric.sharedInitializers(opset));
        } else if (scheme == QuantizationScheme.PER_ROW_ASYMMETRIC) {
            graph.addAllInitializer(PerRowAsymmetric.sharedInitializers(opset));
        }
        for (LinearLayer layer : layers) { // in graph order, so the file is the same on every run
            Rewrite r = rewrites.get(layer.node());
            for (TensorProto t : r == null ? List.<TensorProto>of() : r.initializers()) {
                if (written.add(t.getName())) {
                    graph.addInitializer(t);
                }
            }
        }
        // IR < 4 lists initializers among the graph inputs too; a dropped weight goes from both.
        for (int i = graph.getInputCount() - 1; i >= 0; i--) {
            if (dropped.contains(graph.getInput(i).getName())) {
                graph.removeInput(i);
            }
        }
        ModelProto.Builder model = g.model().toBuilder().setGraph(graph);
        boolean contribOps = scheme == QuantizationScheme.MATMUL_NBITS_8 || scheme == QuantizationScheme.STATIC;
        if (contribOps && g.opset(Nodes.MICROSOFT) < 0) {
            model.addOpsetImport(OperatorSetIdProto.newBuilder().setDomain(Nodes.MICROSOFT).setVersion(1));
        }
        model.addMetadataProps(StringStringEntryProto.newBuilder().setKey(METADATA_KEY)
                .setValue(scheme.cliName() + ": " + rewrites.size() + " of " + layers.size()
                        + " linear layers int8 (sentence4j EncoderQuantizer)"));
        return new Result(model.build(), rewrites.size(), layers.size() - rewrites.size());
    }
}
