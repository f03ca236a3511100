package dev.sentence4j.core.sparse;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.sentence4j.core.EmbeddedModels;
import dev.sentence4j.core.testing.SpladeTestModel;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The test model's sparse vectors computed independently of sentence4j: ids from HF tokenizers
 * (Rust, through DJL), the token embeddings from a separate plain ONNX Runtime run of the
 * unmodified all-MiniLM-L6-v2 graph (one text at a time, no padding), then the MLM head, relu,
 * log1p and the max (or sum) over tokens in plain Java double arithmetic.
 */
final class SpladeReference implements AutoCloseable {
    private final HuggingFaceTokenizer tokenizer;
    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final String output;
    private final SpladeTestModel.Head head;

    SpladeReference(SpladeTestModel.Settings settings) throws Exception {
        Path miniLm = EmbeddedModels.materialize(EmbeddedModels.DEFAULT_MODEL);
        tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(miniLm.resolve("tokenizer.json"))
                .optMaxLength(256).optTruncation(true).optPadding(false).build();
        session = env.createSession(miniLm.resolve("onnx/model.onnx").toString(), new OrtSession.SessionOptions());
        String rank3 = null;
        for (Map.Entry<String, NodeInfo> e : session.getOutputInfo().entrySet()) {
            if (e.getValue().getInfo() instanceof TensorInfo t && t.getShape().length == 3) {
                rank3 = e.getKey();
            }
        }
        output = rank3;
        head = SpladeTestModel.head(settings);
    }

    long[] ids(String text) {
        return tokenizer.encode(text).getIds();
    }

    /** The token embeddings of {@code text}: {@code [tokens][384]}. */
    float[][] hidden(String text) throws Exception {
        Encoding e = tokenizer.encode(text);
        Map<String, OnnxTensor> feed = new HashMap<>();
        feed.put("input_ids", OnnxTensor.createTensor(env, new long[][] {e.getIds()}));
        feed.put("attention_mask", OnnxTensor.createTensor(env, new long[][] {e.getAttentionMask()}));
        feed.put("token_type_ids", OnnxTensor.createTensor(env, new long[][] {e.getTypeIds()}));
        try (OrtSession.Result r = session.run(feed)) {
            return ((float[][][]) r.get(output).orElseThrow().getValue())[0];
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }

    /** The MLM head's logits for one token embedding, in double: {@code [VOCAB]}. */
    double[] logits(float[] h) {
        int n = SpladeTestModel.HIDDEN;
        double[] x = new double[n];
        for (int o = 0; o < n; o++) {
            double s = head.denseBias()[o];
            for (int i = 0; i < n; i++) {
                s += h[i] * (double) head.denseWeight()[i * n + o];
            }
            x[o] = 0.5 * s * (1 + erf(s / Math.sqrt(2))); // BERT's gelu
        }
        double mean = 0;
        for (double v : x) {
            mean += v / n;
        }
        double var = 0;
        for (double v : x) {
            var += (v - mean) * (v - mean) / n;
        }
        double sd = Math.sqrt(var + SpladeTestModel.LAYER_NORM_EPS);
        for (int i = 0; i < n; i++) {
            x[i] = (x[i] - mean) / sd * head.gamma()[i] + head.beta()[i];
        }
        int vocab = SpladeTestModel.VOCAB;
        double[] out = new double[vocab];
        for (int v = 0; v < vocab; v++) {
            out[v] = head.decoderBias()[v];
        }
        float[] w = head.decoderWeight();
        for (int i = 0; i < n; i++) {
            double xi = x[i];
            for (int v = 0, at = i * vocab; v < vocab; v++) {
                out[v] += xi * w[at + v];
            }
        }
        return out;
    }

    /** The sparse vector of {@code text}, dense: {@code [VOCAB]}, log1p(relu(logit)) pooled over all its tokens. */
    double[] vector(String text, boolean sum, boolean log1pTwice) throws Exception {
        double[] pooled = new double[SpladeTestModel.VOCAB];
        for (float[] h : hidden(text)) {
            double[] l = logits(h);
            for (int v = 0; v < l.length; v++) {
                double w = Math.log1p(Math.max(0, l[v]));
                if (log1pTwice) {
                    w = Math.log1p(w);
                }
                pooled[v] = sum ? pooled[v] + w : Math.max(pooled[v], w);
            }
        }
        return pooled;
    }

    double[] vector(String text) throws Exception {
        return vector(text, false, false);
    }

    /**
     * erf in double: its Maclaurin series for |x| < 3 (terms below 1e-17 of the sum), else erfc's
     * continued fraction (Abramowitz and Stegun 7.1.14), written here rather than taken from core.
     */
    static double erf(double x) {
        double z = Math.abs(x);
        double r;
        if (z < 3) {
            double term = z;
            double sum = z;
            for (int k = 1; k < 200 && Math.abs(term) > 1e-17 * Math.abs(sum); k++) {
                term *= -z * z / k;
                sum += term / (2 * k + 1);
            }
            r = 2 / Math.sqrt(Math.PI) * sum;
        } else {
            double f = 0;
            for (int k = 60; k >= 1; k--) {
                f = k / 2.0 / (z + f);
            }
            r = 1 - Math.exp(-z * z) / Math.sqrt(Math.PI) / (z + f);
        }
        return x < 0 ? -r : r;
    }

    @Override
    public void close() throws Exception {
        session.close();
        tokenizer.close();
    }
}
