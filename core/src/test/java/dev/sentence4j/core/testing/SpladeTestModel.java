package dev.sentence4j.core.testing;

import dev.sentence4j.core.EmbeddedModels;
import dev.sentence4j.onnx.OnnxFiles;
import dev.sentence4j.onnx.Tensors;
import dev.sentence4j.onnx.proto.Onnx.AttributeProto;
import dev.sentence4j.onnx.proto.Onnx.GraphProto;
import dev.sentence4j.onnx.proto.Onnx.ModelProto;
import dev.sentence4j.onnx.proto.Onnx.NodeProto;
import dev.sentence4j.onnx.proto.Onnx.TensorProto;
import dev.sentence4j.onnx.proto.Onnx.TensorShapeProto;
import dev.sentence4j.onnx.proto.Onnx.TypeProto;
import dev.sentence4j.onnx.proto.Onnx.ValueInfoProto;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A SPLADE model for tests, built at test time because no SPLADE weights can be fetched here: the
 * embedded all-MiniLM-L6-v2's real encoder graph, with a BERT masked-language-model head on its
 * token output (dense 384x384, GELU in erf form, LayerNorm with eps 1e-12, decoder 384 -> 30522
 * with bias, as BertForMaskedLM's cls.predictions) whose weights are seeded random numbers, and
 * the files a sentence-transformers v5 SparseEncoder saves: modules.json (MLMTransformer,
 * SpladePooling), 1_SpladePooling/config.json, sentence_bert_config.json,
 * config_sentence_transformers.json (model_type SparseEncoder, prompts query and document empty,
 * as naver/splade-v3's), config.json and the tokenizer. The graph's one output is {@code logits},
 * {@code [batch, sequence, 30522]}, as optimum's ORTModelForMaskedLM exports it.
 *
 * <p>The decoder's bias is centred at {@link #DECODER_BIAS_CENTRE} so that only a few logits per
 * token are positive: a text then has tens to hundreds of active dimensions, as a real SPLADE
 * model's has. {@link #head} gives the same weights again for an independent computation. Shared
 * with other modules' tests through core's test-jar.
 */
public final class SpladeTestModel {
    public static final long SEED = 15L;
    public static final int HIDDEN = 384;
    public static final int VOCAB = 30522;
    public static final double LAYER_NORM_EPS = 1e-12;
    /** Where the decoder's biases are centred: logits are about N(-3.3, 1.1), so about 0.15% of them are positive. */
    public static final float DECODER_BIAS_CENTRE = -3.3f;
    public static final String OUTPUT = "logits";
    /** Bumped when the model's construction changes, so that a shared copy from an older build is not reused. */
    private static final String VERSION = "v1";

    private static Path shared;

    private SpladeTestModel() {}

    /**
     * What to vary: the SpladePooling config and a shift added to every decoder bias (a large
     * negative shift makes every logit negative).
     */
    public record Settings(String poolingStrategy, String activation, float decoderBiasShift) {
        public static Settings defaults() {
            return new Settings("max", "relu", 0f);
        }

        public Settings withDecoderBiasShift(float shift) {
            return new Settings(poolingStrategy, activation, shift);
        }
    }

    /**
     * The MLM head's weights, row-major with the input first ({@code x W + b}).
     *
     * @param denseWeight   {@code [HIDDEN * HIDDEN]}
     * @param denseBias     {@code [HIDDEN]}
     * @param gamma         LayerNorm scale, {@code [HIDDEN]}
     * @param beta          LayerNorm shift, {@code [HIDDEN]}
     * @param decoderWeight {@code [HIDDEN * VOCAB]}
     * @param decoderBias   {@code [VOCAB]}
     */
    public record Head(float[] denseWeight, float[] denseBias, float[] gamma, float[] beta, float[] decoderWeight,
            float[] decoderBias) {}

    /** The seeded head of a model built with {@code settings}. */
    public static Head head(Settings settings) {
        Random r = new Random(SEED);
        float[] denseWeight = gaussian(r, HIDDEN * HIDDEN, 1.0 / Math.sqrt(HIDDEN), 0);
        float[] denseBias = gaussian(r, HIDDEN, 0.1, 0);
        float[] gamma = gaussian(r, HIDDEN, 0.1, 1);
        float[] beta = gaussian(r, HIDDEN, 0.1, 0);
        float[] decoderWeight = gaussian(r, HIDDEN * VOCAB, 1.0 / Math.sqrt(HIDDEN), 0);
        float[] decoderBias = gaussian(r, VOCAB, 0.5, DECODER_BIAS_CENTRE + settings.decoderBiasShift());
        return new Head(denseWeight, denseBias, gamma, beta, decoderWeight, decoderBias);
    }

    private static float[] gaussian(Random r, int n, double std, double mean) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) (mean + std * r.nextGaussian());
        }
        return out;
    }

    /**
     * The default model, built once per JVM into {@code target/splade-test-model-VERSION} of the
     * module under test (reused while that folder lasts); treat it as read-only.
     */
    public static synchronized Path shared() {
        if (shared != null) {
            return shared;
        }
        Path dir = Path.of("target", "splade-test-model-" + VERSION).toAbsolutePath();
        if (!Files.isRegularFile(dir.resolve("onnx/model.onnx"))) {
            Path tmp = dir.resolveSibling(dir.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            deleteRecursively(tmp);
            create(tmp, Settings.defaults());
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                deleteRecursively(tmp); // another JVM finished first: its copy is the same model
            } catch (IOException e) {
                if (!Files.isRegularFile(dir.resolve("onnx/model.onnx"))) {
                    throw new UncheckedIOException(e);
                }
                deleteRecursively(tmp);
            }
        }
        shared = dir;
        return dir;
    }

    /** The default model in {@code dir}. */
    public static Path create(Path dir) {
        return create(dir, Settings.defaults());
    }

    /** A model in {@code dir} (created if absent) with {@code settings}; returns {@code dir}. */
    public static Path create(Path dir, Settings settings) {
        try {
            Path src = EmbeddedModels.materialize(EmbeddedModels.DEFAULT_MODEL);
            Files.createDirectories(dir.resolve("onnx"));
            OnnxFiles.write(withHead(OnnxFiles.read(src.resolve("onnx/model.onnx")), head(settings)),
                    dir.resolve("onnx/model.onnx"));
            Files.copy(src.resolve("tokenizer.json"), dir.resolve("tokenizer.json"));
            writeConfigs(dir, settings);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The config files of {@code model} copied into {@code dir}, with its ONNX graph linked, not
     * copied: for variants that differ in a config file only.
     */
    public static Path linkedCopy(Path model, Path dir) {
        try {
            Files.createDirectories(dir.resolve("onnx"));
            Files.createDirectories(dir.resolve("1_SpladePooling"));
            for (String f : List.of("modules.json", "sentence_bert_config.json", "config_sentence_transformers.json",
                    "config.json", "tokenizer.json", "1_SpladePooling/config.json")) {
                Files.copy(model.resolve(f), dir.resolve(f));
            }
            Files.createSymbolicLink(dir.resolve("onnx/model.onnx"), model.resolve("onnx/model.onnx").toAbsolutePath());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeConfigs(Path dir, Settings settings) throws IOException {
        Files.writeString(dir.resolve("modules.json"), """
                [
                  {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.sparse_encoder.models.MLMTransformer"},
                  {"idx": 1, "name": "1", "path": "1_SpladePooling", "type": "sentence_transformers.sparse_encoder.models.SpladePooling"}
                ]
                """);
        Files.createDirectories(dir.resolve("1_SpladePooling"));
        Files.writeString(dir.resolve("1_SpladePooling/config.json"), """
                {"pooling_strategy": "%s", "activation_function": "%s", "word_embedding_dimension": %d}
                """.formatted(settings.poolingStrategy(), settings.activation(), VOCAB));
        Files.writeString(dir.resolve("sentence_bert_config.json"), "{\"max_seq_length\": 256, \"do_lower_case\": false}");
        Files.writeString(dir.resolve("config_sentence_transformers.json"), """
                {"model_type": "SparseEncoder", "__version__": {"sentence_transformers": "5.0.0"},
                 "prompts": {"query": "", "document": ""}, "default_prompt_name": null, "similarity_fn_name": "dot"}
                """);
        Files.writeString(dir.resolve("config.json"), """
                {"architectures": ["BertForMaskedLM"], "model_type": "bert", "hidden_size": %d, "vocab_size": %d,
                 "max_position_embeddings": 512, "layer_norm_eps": 1e-12, "hidden_act": "gelu"}
                """.formatted(HIDDEN, VOCAB));
    }

    /**
     * {@code encoder} with the MLM head on its token output and {@code logits} as the only output;
     * the nodes that no longer lead to an output (the pooler) are dropped.
     */
    static ModelProto withHead(ModelProto encoder, Head head) {
        GraphProto g = encoder.getGraph();
        String hidden = tokenOutput(g);
        GraphProto.Builder b = g.toBuilder().clearOutput();
        b.addInitializer(Tensors.ofFloats("mlm.dense.weight", new long[] {HIDDEN, HIDDEN}, head.denseWeight()));
        b.addInitializer(Tensors.ofFloats("mlm.dense.bias", new long[] {HIDDEN}, head.denseBias()));
        b.addInitializer(Tensors.ofFloats("mlm.ln.gamma", new long[] {HIDDEN}, head.gamma()));
        b.addInitializer(Tensors.ofFloats("mlm.ln.beta", new long[] {HIDDEN}, head.beta()));
        b.addInitializer(Tensors.ofFloats("mlm.decoder.weight", new long[] {HIDDEN, VOCAB}, head.decoderWeight()));
        b.addInitializer(Tensors.ofFloats("mlm.decoder.bias", new long[] {VOCAB}, head.decoderBias()));
        b.addInitializer(Tensors.scalarFloat("mlm.sqrt2", (float) Math.sqrt(2.0)));
        b.addInitializer(Tensors.scalarFloat("mlm.one", 1f));
        b.addInitializer(Tensors.scalarFloat("mlm.half", 0.5f));
        b.addInitializer(Tensors.scalarFloat("mlm.eps", (float) LAYER_NORM_EPS));
        // dense
        b.addNode(node("MatMul", "mlm/dense/MatMul", "mlm.d0", hidden, "mlm.dense.weight"));
        b.addNode(node("Add", "mlm/dense/Add", "mlm.d1", "mlm.d0", "mlm.dense.bias"));
        // GELU, erf form (BERT's "gelu"): 0.5 x (1 + erf(x / sqrt 2))
        b.addNode(node("Div", "mlm/gelu/Div", "mlm.g0", "mlm.d1", "mlm.sqrt2"));
        b.addNode(node("Erf", "mlm/gelu/Erf", "mlm.g1", "mlm.g0"));
        b.addNode(node("Add", "mlm/gelu/Add", "mlm.g2", "mlm.g1", "mlm.one"));
        b.addNode(node("Mul", "mlm/gelu/Mul", "mlm.g3", "mlm.d1", "mlm.g2"));
        b.addNode(node("Mul", "mlm/gelu/Mul_1", "mlm.g4", "mlm.g3", "mlm.half"));
        // LayerNorm over the last axis, spelled out (opset 14 has no LayerNormalization)
        b.addNode(node("ReduceMean", "mlm/ln/Mean", "mlm.l0", "mlm.g4").toBuilder().addAttribute(axesLast()).build());
        b.addNode(node("Sub", "mlm/ln/Sub", "mlm.l1", "mlm.g4", "mlm.l0"));
        b.addNode(node("Mul", "mlm/ln/Square", "mlm.l2", "mlm.l1", "mlm.l1"));
        b.addNode(node("ReduceMean", "mlm/ln/Var", "mlm.l3", "mlm.l2").toBuilder().addAttribute(axesLast()).build());
        b.addNode(node("Add", "mlm/ln/AddEps", "mlm.l4", "mlm.l3", "mlm.eps"));
        b.addNode(node("Sqrt", "mlm/ln/Sqrt", "mlm.l5", "mlm.l4"));
        b.addNode(node("Div", "mlm/ln/Div", "mlm.l6", "mlm.l1", "mlm.l5"));
        b.addNode(node("Mul", "mlm/ln/Gamma", "mlm.l7", "mlm.l6", "mlm.ln.gamma"));
        b.addNode(node("Add", "mlm/ln/Beta", "mlm.l8", "mlm.l7", "mlm.ln.beta"));
        // decoder to the vocabulary
        b.addNode(node("MatMul", "mlm/decoder/MatMul", "mlm.o0", "mlm.l8", "mlm.decoder.weight"));
        b.addNode(node("Add", "mlm/decoder/Add", OUTPUT, "mlm.o0", "mlm.decoder.bias"));
        b.addOutput(ValueInfoProto.newBuilder().setName(OUTPUT).setType(TypeProto.newBuilder().setTensorType(
                TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(TensorShapeProto.newBuilder()
                        .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("batch_size"))
                        .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("sequence_length"))
                        .addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(VOCAB))))));
        return encoder.toBuilder().setGraph(pruned(b.build())).build();
    }

    /** The encoder's token output: last_hidden_state, else its one rank-3 output (output_0 in the embedded export). */
    public static String tokenOutput(GraphProto g) {
        List<String> rank3 = new ArrayList<>();
        for (ValueInfoProto o : g.getOutputList()) {
            if (o.getName().equals("last_hidden_state")) {
                return o.getName();
            }
            if (o.getType().getTensorType().getShape().getDimCount() == 3) {
                rank3.add(o.getName());
            }
        }
        if (rank3.size() != 1) {
            throw new IllegalStateException("expected one rank-3 output in the encoder graph, found " + rank3);
        }
        return rank3.get(0);
    }

    /** {@code g} without the nodes and initializers that no output depends on. */
    private static GraphProto pruned(GraphProto g) {
        Map<String, NodeProto> producer = new HashMap<>();
        for (NodeProto n : g.getNodeList()) {
            n.getOutputList().forEach(o -> producer.put(o, n));
        }
        Set<String> needed = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        g.getOutputList().forEach(o -> todo.add(o.getName()));
        while (!todo.isEmpty()) {
            String v = todo.pop();
            if (needed.add(v) && producer.containsKey(v)) {
                producer.get(v).getInputList().stream().filter(i -> !i.isEmpty()).forEach(todo::push);
            }
        }
        GraphProto.Builder b = g.toBuilder().clearNode().clearInitializer();
        for (NodeProto n : g.getNodeList()) {
            if (n.getOutputList().stream().anyMatch(needed::contains)) {
                b.addNode(n);
            }
        }
        for (TensorProto t : g.getInitializerList()) {
            if (needed.contains(t.getName())) {
                b.addInitializer(t);
            }
        }
        return b.build();
    }

    private static NodeProto node(String op, String name, String output, String... inputs) {
        return NodeProto.newBuilder().setOpType(op).setName(name).addAllInput(List.of(inputs)).addOutput(output).build();
    }

    private static AttributeProto axesLast() {
        return AttributeProto.newBuilder().setName("axes").setType(AttributeProto.AttributeType.INTS).addInts(-1).build();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
