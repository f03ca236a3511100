package dev.sentence4j.core.crossencoder;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.sentence4j.core.testing.CrossEncoderTestModel.Head;
import dev.sentence4j.core.testing.EncoderGraph;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * An independent cross-encoder for tests: HF tokenizers (Rust, through DJL) encode the pair,
 * truncating longest-first at max_length; ONNX Runtime runs the UNMODIFIED all-MiniLM-L6-v2 graph
 * directly (default options, nested arrays, one pair at a time, no padding); the classification
 * head (BertPooler's dense + tanh on [CLS], then the linear layer) and the activation are
 * plain-Java double arithmetic on its last_hidden_state.
 */
final class CrossEncoderOracle implements AutoCloseable {
    private final HuggingFaceTokenizer tokenizer;
    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final String hiddenState; // the graph's token output

    CrossEncoderOracle(int maxLength) throws Exception {
        Path dir = EncoderGraph.miniLmDir();
        tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(dir.resolve("tokenizer.json"))
                .optMaxLength(maxLength).optTruncation(true).optPadding(false).build();
        session = env.createSession(dir.resolve("onnx/model.onnx").toString(), new OrtSession.SessionOptions());
        hiddenState = session.getOutputInfo().entrySet().stream()
                .filter(e -> ((ai.onnxruntime.TensorInfo) e.getValue().getInfo()).getShape().length == 3)
                .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
    }

    /** HF's encoding of a pair ({@code second} null: a single text). */
    Encoding encode(String first, String second) {
        return second == null ? tokenizer.encode(first) : tokenizer.encode(first, second);
    }

    /** The head's logits for the pair: {@code [numLabels]}, in double. */
    double[] logits(String first, String second, Head head) throws Exception {
        float[] cls = clsHiddenState(encode(first, second));
        int h = EncoderGraph.HIDDEN;
        double[] pooled = new double[h];
        for (int o = 0; o < h; o++) {
            double sum = head.poolerBias()[o];
            for (int i = 0; i < h; i++) {
                sum += cls[i] * (double) head.poolerWeight()[i * h + o];
            }
            pooled[o] = Math.tanh(sum);
        }
        int labels = head.numLabels();
        double[] logits = new double[labels];
        for (int l = 0; l < labels; l++) {
            double sum = head.classifierBias()[l];
            for (int i = 0; i < h; i++) {
                sum += pooled[i] * head.classifierWeight()[i * labels + l];
            }
            logits[l] = sum;
        }
        return logits;
    }

    static double[] sigmoid(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = 1 / (1 + Math.exp(-x[i]));
        }
        return out;
    }

    static double[] softmax(double[] x) {
        double sum = 0;
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.exp(x[i]);
            sum += out[i];
        }
        for (int i = 0; i < x.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    /** last_hidden_state[0, 0, :] of a plain ORT run of the unmodified encoder. */
    private float[] clsHiddenState(Encoding e) throws Exception {
        Map<String, OnnxTensor> feed = new HashMap<>();
        try {
            feed.put("input_ids", OnnxTensor.createTensor(env, new long[][] {e.getIds()}));
            feed.put("attention_mask", OnnxTensor.createTensor(env, new long[][] {e.getAttentionMask()}));
            feed.put("token_type_ids", OnnxTensor.createTensor(env, new long[][] {e.getTypeIds()}));
            try (OrtSession.Result r = session.run(feed)) {
                float[][][] hidden = (float[][][]) r.get(hiddenState).orElseThrow().getValue();
                return hidden[0][0];
            }
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }

    @Override
    public void close() throws Exception {
        session.close();
        tokenizer.close();
    }
}
