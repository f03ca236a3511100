package dev.sentence4j.core;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * An independent reference pipeline for tests: HF tokenizers (Rust, through DJL) for ids,
 * ONNX Runtime called directly with default options and nested arrays, one sentence at a time,
 * and a hand-written mean pooling + L2 normalization.
 */
final class OracleEncoder implements AutoCloseable {
    private final HuggingFaceTokenizer tokenizer;
    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;

    OracleEncoder(Path modelDir, int maxLength) throws Exception {
        tokenizer = HuggingFaceTokenizer.builder()
                .optTokenizerPath(modelDir.resolve("tokenizer.json"))
                .optMaxLength(maxLength)
                .optTruncation(true)
                .optPadding(false)
                .build();
        session = env.createSession(modelDir.resolve("onnx/model.onnx").toString(), new OrtSession.SessionOptions());
    }

    long[] ids(String text) {
        return tokenizer.encode(text).getIds();
    }

    /** Mean pooled over all tokens (no padding here), L2-normalized. */
    float[] encode(String text) throws Exception {
        return encode(text, false);
    }

    /** CLS (first token) or mean pooled, L2-normalized. */
    float[] encode(String text, boolean cls) throws Exception {
        Encoding e = tokenizer.encode(text);
        long[][] ids = {e.getIds()};
        long[][] mask = {e.getAttentionMask()};
        long[][] types = {e.getTypeIds()};
        Map<String, OnnxTensor> feed = new HashMap<>();
        feed.put("input_ids", OnnxTensor.createTensor(env, ids));
        feed.put("attention_mask", OnnxTensor.createTensor(env, mask));
        if (session.getInputNames().contains("token_type_ids")) {
            feed.put("token_type_ids", OnnxTensor.createTensor(env, types));
        }
        try (OrtSession.Result r = session.run(feed)) {
            float[][][] hidden = (float[][][]) r.get(0).getValue();
            int len = hidden[0].length, dim = hidden[0][0].length;
            float[] mean = new float[dim];
            for (int t = 0; t < (cls ? 1 : len); t++) {
                for (int d = 0; d < dim; d++) {
                    mean[d] += hidden[0][t][d] / (cls ? 1 : len);
                }
            }
            double norm = 0;
            for (float v : mean) {
                norm += v * v;
            }
            for (int d = 0; d < dim; d++) {
                mean[d] /= (float) Math.sqrt(norm);
            }
            return mean;
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * (double) b[i];
            na += a[i] * (double) a[i];
            nb += b[i] * (double) b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    @Override
    public void close() throws Exception {
        session.close();
        tokenizer.close();
    }
}
