package dev.sentence4j.onnx;

import dev.sentence4j.onnx.proto.Onnx.GraphProto;
import dev.sentence4j.onnx.proto.Onnx.ModelProto;
import dev.sentence4j.onnx.proto.Onnx.NodeProto;
import dev.sentence4j.onnx.proto.Onnx.OperatorSetIdProto;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import dev.sentence4j.onnx.proto.Onnx.ValueInfoProto;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only view of one model's main graph with the look-ups graph rewriting needs: initializers
 * by name, the node producing a value, the nodes consuming it, the opset of a domain.
 *
 * @param file where the model was read from (named in errors)
 */
public record OnnxGraph(Path file, ModelProto model, Map<String, TensorProto> initializers,
        Map<String, NodeProto> producers, Map<String, List<NodeProto>> consumers) {
    /** The default ONNX operator domain, as opset_import spells it ("" or "ai.onnx"). */
    public static final String ONNX_DOMAIN = "";

    public OnnxGraph {
        initializers = Collections.unmodifiableMap(initializers);
        producers = Collections.unmodifiableMap(producers);
        consumers = Collections.unmodifiableMap(consumers);
    }

    public static OnnxGraph read(Path file) {
        return of(file, OnnxFiles.read(file));
    }

    public static OnnxGraph of(Path file, ModelProto model) {
        GraphProto g = model.getGraph();
        Map<String, TensorProto> inits = new LinkedHashMap<>();
        for (TensorProto t : g.getInitializerList()) {
            inits.put(t.getName(), t);
        }
        Map<String, NodeProto> producers = new HashMap<>();
        Map<String, List<NodeProto>> consumers = new HashMap<>();
        for (NodeProto n : g.getNodeList()) {
            for (String o : n.getOutputList()) {
                producers.put(o, n);
            }
            for (String i : n.getInputList()) {
                if (!i.isEmpty()) {
                    consumers.computeIfAbsent(i, k -> new ArrayList<>()).add(n);
                }
            }
        }
        return new OnnxGraph(file, model, inits, producers, consumers);
    }

    public GraphProto graph() {
        return model.getGraph();
    }

    public List<NodeProto> nodes() {
        return model.getGraph().getNodeList();
    }

    /** The graph's inputs that are not initializers (older exports list initializers as inputs too). */
    public List<String> graphInputs() {
        return model.getGraph().getInputList().stream().map(ValueInfoProto::getName)
                .filter(n -> !initializers.containsKey(n)).toList();
    }

    public List<String> graphOutputs() {
        return model.getGraph().getOutputList().stream().map(ValueInfoProto::getName).toList();
    }

    public List<NodeProto> consumersOf(String value) {
        return consumers.getOrDefault(value, List.of());
    }

    public Optional<NodeProto> producerOf(String value) {
        return Optional.ofNullable(producers.get(value));
    }

    /** The opset version imported for {@code domain} ("" is the default ONNX domain), or -1. */
    public long opset(String domain) {
        for (OperatorSetIdProto o : model.getOpsetImportList()) {
            String d = o.getDomain().equals("ai.onnx") ? ONNX_DOMAIN : o.getDomain();
            if (d.equals(domain)) {
                return o.getVersion();
            }
        }
        return -1;
    }

    /** The values of an initializer as float (see {@link Tensors#toFloats}). */
    public float[] floats(TensorProto t) {
        return Tensors.toFloats(file, t);
    }
}
