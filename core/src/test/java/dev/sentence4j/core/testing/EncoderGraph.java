package dev.sentence4j.core.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sentence4j.core.EmbeddedModels;
import dev.sentence4j.onnx.OnnxFiles;
import dev.sentence4j.onnx.Tensors;
import dev.sentence4j.onnx.proto.Onnx.AttributeProto;
import dev.sentence4j.onnx.proto.Onnx.ModelProto;
import dev.sentence4j.onnx.proto.Onnx.NodeProto;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import dev.sentence4j.onnx.proto.Onnx.TensorShapeProto;
import dev.sentence4j.onnx.proto.Onnx.TypeProto;
import dev.sentence4j.onnx.proto.Onnx.ValueInfoProto;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * The embedded all-MiniLM-L6-v2's real encoder graph, with a head added on its
 * {@code last_hidden_state}: the base of test models of other kinds (a cross-encoder, a SPLADE
 * model), since no such weights can be fetched here. Read and written through the project's one
 * ONNX reader/writer; heads get seeded weights. Each builder takes a fresh copy of the graph.
 */
public final class EncoderGraph {
    /** all-MiniLM-L6-v2's hidden size. */
    public static final int HIDDEN = 384;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ModelProto.Builder model;
    private final String hiddenState;

    private EncoderGraph(ModelProto model) {
        this.model = model.toBuilder();
        this.hiddenState = hiddenState(model);
    }

    /**
     * The encoder's token output ({@code [batch, seq, 384]}), the input of every head: the graph's
     * one rank-3 output. (The embedded export names it {@code output_0}; its other output is
     * BertPooler's, which a head replaces.)
     */
    public String hiddenState() {
        return hiddenState;
    }

    private static String hiddenState(ModelProto model) {
        List<String> rank3 = model.getGraph().getOutputList().stream()
                .filter(v -> v.getType().getTensorType().getShape().getDimCount() == 3).map(ValueInfoProto::getName).toList();
        if (rank3.size() != 1) {
            throw new IllegalStateException("expected one rank-3 output in the embedded graph, found " + rank3);
        }
        return rank3.get(0);
    }

    /** The embedded model's directory (tokenizer.json, onnx/model.onnx), the unmodified encoder. */
    public static Path miniLmDir() {
        return EmbeddedModels.materialize(EmbeddedModels.DEFAULT_MODEL);
    }

    /** all-MiniLM-L6-v2's encoder graph, to add a head to. */
    public static EncoderGraph miniLm() {
        return new EncoderGraph(OnnxFiles.read(miniLmDir().resolve("onnx/model.onnx")));
    }

    /** {@code values} as a float initializer {@code name} of shape {@code dims}. */
    public EncoderGraph initializer(String name, long[] dims, float[] values) {
        model.getGraphBuilder().addInitializer(Tensors.ofFloats(name, dims, values));
        return this;
    }

    public EncoderGraph initializer(TensorProto tensor) {
        model.getGraphBuilder().addInitializer(tensor);
        return this;
    }

    /** Appends a node computing {@code output} (node names follow their output: unique in a head). */
    public EncoderGraph node(String opType, List<String> inputs, String output, AttributeProto... attributes) {
        NodeProto.Builder n = NodeProto.newBuilder().setOpType(opType).setName(output + "_node").addAllInput(inputs)
                .addOutput(output);
        for (AttributeProto a : attributes) {
            n.addAttribute(a);
        }
        model.getGraphBuilder().addNode(n);
        return this;
    }

    public static AttributeProto intAttribute(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value).build();
    }

    public static AttributeProto floatAttribute(String name, float value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT).setF(value).build();
    }

    /**
     * Makes {@code name} the graph's only output, a float tensor of shape {@code dims}: each a
     * Long (a fixed size) or a String (a symbolic one, e.g. "batch_size").
     */
    public EncoderGraph onlyOutput(String name, Object... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (Object d : dims) {
            TensorShapeProto.Dimension.Builder dim = TensorShapeProto.Dimension.newBuilder();
            if (d instanceof String s) {
                dim.setDimParam(s);
            } else {
                dim.setDimValue(((Number) d).longValue());
            }
            shape.addDim(dim);
        }
        TypeProto type = TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder()
                .setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(shape)).build();
        model.getGraphBuilder().clearOutput().addOutput(ValueInfoProto.newBuilder().setName(name).setType(type));
        return this;
    }

    /** Writes the graph (atomically, through the project's ONNX writer). */
    public void write(Path file) {
        OnnxFiles.write(model.build(), file);
    }

    /** {@code n} values drawn from N(0, scale^2) by {@code random}: seeded head weights. */
    public static float[] gaussian(Random random, int n, double scale) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) (random.nextGaussian() * scale);
        }
        return out;
    }

    /** all-MiniLM-L6-v2's config.json (the BERT fields transformers writes), to extend per kind. */
    public static ObjectNode bertConfig() {
        ObjectNode c = JSON.createObjectNode();
        c.put("model_type", "bert");
        c.put("hidden_size", HIDDEN);
        c.put("num_hidden_layers", 6);
        c.put("num_attention_heads", 12);
        c.put("intermediate_size", 1536);
        c.put("hidden_act", "gelu");
        c.put("hidden_dropout_prob", 0.1);
        c.put("attention_probs_dropout_prob", 0.1);
        c.put("max_position_embeddings", 512);
        c.put("type_vocab_size", 2);
        c.put("vocab_size", 30522);
        c.put("layer_norm_eps", 1e-12);
        c.put("initializer_range", 0.02);
        c.put("pad_token_id", 0);
        c.put("position_embedding_type", "absolute");
        return c;
    }

    /** Copies the encoder's tokenizer.json into {@code dir}. */
    public static void copyTokenizer(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.copy(miniLmDir().resolve("tokenizer.json"), dir.resolve("tokenizer.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code json} to {@code file}, pretty-printed. */
    public static void writeJson(Path file, Object json) {
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
