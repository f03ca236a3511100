package dev.sentence4j.core.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sentence4j.onnx.Tensors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A cross-encoder model directory for tests, shaped as sentence-transformers v5 saves one (and as
 * cross-encoder/ms-marco-MiniLM-L6-v2 holds it on the Hub): all-MiniLM-L6-v2's real encoder graph
 * ({@link EncoderGraph}) plus transformers' BertForSequenceClassification head on [CLS] (BertPooler:
 * dense 384x384 + tanh; then a linear layer to num_labels) with seeded N(0, 0.05^2) weights,
 * output {@code logits [batch_size, num_labels]}; config.json (architectures, id2label, label2id,
 * the {@code sentence_transformers} block with activation_fn), tokenizer.json and
 * tokenizer_config.json (model_max_length). Shared by other modules' tests through core's test-jar.
 *
 * <p>The graph of each (labels, seed) is built once per build under target/ and linked into each
 * model directory, as {@link TestModels} links the embedded graph.
 */
public final class CrossEncoderTestModel {
    /** Written into config.json's sentence_transformers block, as ST v5 does. */
    public static final String ST_VERSION = "5.1.0";
    public static final String SIGMOID = "torch.nn.modules.activation.Sigmoid";
    public static final String IDENTITY = "torch.nn.modules.linear.Identity";
    public static final String SOFTMAX = "torch.nn.modules.activation.Softmax";
    /** Bumped when the graph's layout changes, so that target/ never serves a stale graph. */
    private static final int GRAPH_VERSION = 1;
    private static final double SCALE = 0.05;

    private CrossEncoderTestModel() {}

    /**
     * What to build.
     *
     * @param numLabels    the head's width
     * @param activationFn config.json's sentence_transformers.activation_fn, or null to leave the
     *                     block out (ST's default activation then applies)
     * @param labels       id2label's names, or null for transformers' LABEL_0, LABEL_1, ...
     * @param maxLength    tokenizer_config.json's model_max_length
     * @param seed         the head weights' seed
     */
    public record Spec(int numLabels, String activationFn, List<String> labels, int maxLength, long seed) {
        public Spec {
            if (numLabels <= 0 || maxLength <= 0) {
                throw new IllegalArgumentException("numLabels and maxLength must be > 0");
            }
            if (labels != null && labels.size() != numLabels) {
                throw new IllegalArgumentException("labels: expected " + numLabels + ", found " + labels.size());
            }
            labels = labels == null ? null : List.copyOf(labels);
        }

        /** A reranker: one label, Sigmoid (as ms-marco-MiniLM-L6-v2's config says), max length 512. */
        public static Spec reranker() {
            return new Spec(1, SIGMOID, null, 512, 15);
        }

        /** A three-label classifier (NLI-like labels), ST's default activation (Identity), max length 512. */
        public static Spec classifier() {
            return new Spec(3, null, List.of("contradiction", "entailment", "neutral"), 512, 17);
        }

        public Spec withActivationFn(String activationFn) {
            return new Spec(numLabels, activationFn, labels, maxLength, seed);
        }

        public Spec withMaxLength(int maxLength) {
            return new Spec(numLabels, activationFn, labels, maxLength, seed);
        }

        /** id2label's names in id order. */
        public List<String> labelNames() {
            if (labels != null) {
                return labels;
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < numLabels; i++) {
                out.add("LABEL_" + i);
            }
            return out;
        }
    }

    /**
     * The classification head's weights, as transformers lays out the math (x W + b, W stored
     * here as {@code [in * out]} row-major, the layout ONNX MatMul takes).
     *
     * @param poolerWeight     {@code [HIDDEN * HIDDEN]}
     * @param poolerBias       {@code [HIDDEN]}
     * @param classifierWeight {@code [HIDDEN * numLabels]}
     * @param classifierBias   {@code [numLabels]}
     */
    public record Head(int numLabels, float[] poolerWeight, float[] poolerBias, float[] classifierWeight,
            float[] classifierBias) {
        /** The seeded weights of a head of {@code numLabels}: the same for the same seed, always. */
        public static Head of(int numLabels, long seed) {
            Random random = new Random(seed);
            int h = EncoderGraph.HIDDEN;
            return new Head(numLabels, EncoderGraph.gaussian(random, h * h, SCALE), EncoderGraph.gaussian(random, h, SCALE),
                    EncoderGraph.gaussian(random, h * numLabels, SCALE), EncoderGraph.gaussian(random, numLabels, SCALE));
        }
    }

    /** Writes the model of {@code spec} into {@code dir} (created if needed); returns {@code dir}. */
    public static Path write(Path dir, Spec spec) {
        Objects.requireNonNull(spec, "spec");
        try {
            Files.createDirectories(dir.resolve("onnx"));
            Files.createSymbolicLink(dir.resolve("onnx/model.onnx"), graph(spec.numLabels(), spec.seed()).toAbsolutePath());
            EncoderGraph.copyTokenizer(dir);
            EncoderGraph.writeJson(dir.resolve("config.json"), config(spec));
            ObjectNode tokenizerConfig = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
            tokenizerConfig.put("tokenizer_class", "BertTokenizer");
            tokenizerConfig.put("do_lower_case", true);
            tokenizerConfig.put("model_max_length", spec.maxLength());
            tokenizerConfig.put("cls_token", "[CLS]");
            tokenizerConfig.put("sep_token", "[SEP]");
            tokenizerConfig.put("pad_token", "[PAD]");
            EncoderGraph.writeJson(dir.resolve("tokenizer_config.json"), tokenizerConfig);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** config.json as transformers and ST v5 write it for a BertForSequenceClassification cross-encoder. */
    public static ObjectNode config(Spec spec) {
        ObjectNode c = EncoderGraph.bertConfig();
        c.putArray("architectures").add("BertForSequenceClassification");
        ObjectNode id2label = c.putObject("id2label");
        ObjectNode label2id = c.putObject("label2id");
        List<String> names = spec.labelNames();
        for (int i = 0; i < names.size(); i++) {
            id2label.put(Integer.toString(i), names.get(i));
            label2id.put(names.get(i), i);
        }
        if (spec.activationFn() != null) {
            ObjectNode st = c.putObject("sentence_transformers");
            st.put("activation_fn", spec.activationFn());
            st.put("version", ST_VERSION);
        }
        return c;
    }

    /** The graph of a head of {@code numLabels} with {@code seed}'s weights: built once, under target/. */
    public static synchronized Path graph(int numLabels, long seed) {
        Path file = Path.of("target", "test-graphs",
                "minilm-cross-encoder-v" + GRAPH_VERSION + "-labels" + numLabels + "-seed" + seed + ".onnx");
        if (Files.isRegularFile(file)) {
            return file;
        }
        Head head = Head.of(numLabels, seed);
        long h = EncoderGraph.HIDDEN;
        String p = "s4j_head/";
        EncoderGraph graph = EncoderGraph.miniLm();
        graph.initializer(Tensors.ofInt64(p + "cls_index", new long[0], new long[] {0}))
                .initializer(p + "pooler.dense.weight", new long[] {h, h}, head.poolerWeight())
                .initializer(p + "pooler.dense.bias", new long[] {h}, head.poolerBias())
                .initializer(p + "classifier.weight", new long[] {h, numLabels}, head.classifierWeight())
                .initializer(p + "classifier.bias", new long[] {numLabels}, head.classifierBias())
                // [batch, seq, hidden] -> [batch, hidden]: the [CLS] position, as BertPooler takes it
                .node("Gather", List.of(graph.hiddenState(), p + "cls_index"), p + "cls",
                        EncoderGraph.intAttribute("axis", 1))
                .node("MatMul", List.of(p + "cls", p + "pooler.dense.weight"), p + "pooler_matmul")
                .node("Add", List.of(p + "pooler_matmul", p + "pooler.dense.bias"), p + "pooler_dense")
                .node("Tanh", List.of(p + "pooler_dense"), p + "pooled")
                .node("MatMul", List.of(p + "pooled", p + "classifier.weight"), p + "classifier_matmul")
                .node("Add", List.of(p + "classifier_matmul", p + "classifier.bias"), "logits")
                .onlyOutput("logits", "batch", (long) numLabels)
                .write(file);
        return file;
    }
}
