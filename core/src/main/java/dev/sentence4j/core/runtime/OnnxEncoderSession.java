package dev.sentence4j.core.runtime;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.core.pooling.TokenEmbeddingBatch;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An ONNX Runtime session over a transformer encoder graph: feeds only the inputs the graph
 * declares and returns its token embeddings output.
 *
 * <p>Settings, chosen deliberately: intra-op threads = the given count (default: available
 * processors), since one batched run is the unit of work; inter-op threads = 1 with sequential
 * execution, since an encoder graph is a chain with little branch parallelism; graph optimization
 * level ALL (constant folding, node fusions such as attention and layer-norm fusion on CPU),
 * which is ORT's recommended level for CPU inference. {@link OrtSession#run} is thread-safe, so
 * one session serves concurrent callers.
 *
 * <p>Intra-op threads do not spin while they wait for work ({@code session.intra_op.allow_spinning
 * = 0}): between runs and in the graph's serial stretches a spinning worker takes a core from
 * the JVM threads that tokenize and pool, and on a shared or oversubscribed machine it takes it
 * from everyone. Measured on the 2-core bench machine under load (same run, alternating):
 * all-MiniLM-L6-v2 fp32 +30 to +50% sentences/s, int8 +40 to +55% (bench/ and BENCHMARKS.md).
 * Left at ORT's defaults after measuring: the memory pattern (no effect on peak RSS or speed
 * here) and the CPU arena (without it, glibc malloc was 15 to 25% slower and peaked higher).
 */
public final class OnnxEncoderSession implements AutoCloseable {
    /**
     * -Dsentence4j.ort.spinning=1 lets ORT's intra-op threads spin: on an idle machine that cuts
     * single-sentence latency by about a third (fp32 p50 6.4 -> 4.3 ms on the bench machine) for
     * no throughput gain; on a shared machine it costs everyone else. Off by default.
     */
    public static final String SPINNING_PROPERTY = "sentence4j.ort.spinning";

    /** Output names that hold token embeddings, in order of preference. */
    public static final List<String> TOKEN_OUTPUT_NAMES = List.of("last_hidden_state", "token_embeddings");

    private final Path file;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final Set<ModelInput> inputs;
    private final String tokenOutput;
    private final int outputDim; // the token output's last dimension, or -1 when the graph leaves it symbolic

    private OnnxEncoderSession(Path file, OrtEnvironment env, OrtSession session, Set<ModelInput> inputs,
            String tokenOutput, int outputDim) {
        this.file = file;
        this.env = env;
        this.session = session;
        this.inputs = inputs;
        this.tokenOutput = tokenOutput;
        this.outputDim = outputDim;
    }

    /** Output names that hold a masked-language model's logits over the vocabulary (optimum's ORTModelForMaskedLM). */
    public static final List<String> LOGITS_OUTPUT_NAMES = List.of("logits");

    /** Opens {@code file}; a missing, corrupt or unsuitable graph is a {@link ModelLoadException} naming it. */
    public static OnnxEncoderSession open(Path file, int intraOpThreads) {
        return open(file, intraOpThreads, TOKEN_OUTPUT_NAMES);
    }

    /**
     * Opens {@code file}, reading per token the output named first among {@code outputNames}
     * (e.g. {@link #LOGITS_OUTPUT_NAMES}), else the graph's single rank-3 output.
     */
    public static OnnxEncoderSession open(Path file, int intraOpThreads, List<String> outputNames) {
        if (intraOpThreads <= 0) {
            throw new IllegalArgumentException("intraOpThreads must be > 0, found " + intraOpThreads);
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession session;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(intraOpThreads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.addConfigEntry("session.intra_op.allow_spinning", System.getProperty(SPINNING_PROPERTY, "0"));
            session = env.createSession(file.toString(), options);
        } catch (OrtException e) {
            throw new ModelLoadException(file, "cannot load the ONNX model: " + e.getMessage(), e);
        }
        try {
            Set<ModelInput> inputs = EnumSet.noneOf(ModelInput.class);
            for (Map.Entry<String, NodeInfo> in : session.getInputInfo().entrySet()) {
                String name = in.getKey();
                inputs.add(ModelInput.fromOnnxName(name).orElseThrow(() -> new ModelLoadException(file,
                        "graph input \"" + name + "\" is not supported; supported inputs: " + ModelInput.validNames())));
                if (in.getValue().getInfo() instanceof TensorInfo t && t.type != OnnxJavaType.INT64) {
                    throw new ModelLoadException(file, "graph input \"" + name + "\": expected int64, found " + t.type);
                }
            }
            if (!inputs.contains(ModelInput.INPUT_IDS)) {
                throw new ModelLoadException(file, "graph has no \"input_ids\" input; its inputs: " + session.getInputNames());
            }
            String output = chooseTokenOutput(file, session.getOutputInfo(), outputNames);
            int dim = -1;
            if (session.getOutputInfo().get(output).getInfo() instanceof TensorInfo t && t.getShape().length == 3
                    && t.getShape()[2] > 0) {
                dim = (int) t.getShape()[2];
            }
            return new OnnxEncoderSession(file, env, session, inputs, output, dim);
        } catch (OrtException | RuntimeException e) {
            closeQuietlyAfter(session, e);
            if (e instanceof ModelLoadException m) {
                throw m;
            }
            throw new ModelLoadException(file, "cannot inspect the ONNX model: " + e.getMessage(), e);
        }
    }

    /** By name (e.g. last_hidden_state, token_embeddings), else the single rank-3 float output. */
    static String chooseTokenOutput(Path file, Map<String, NodeInfo> outputs, List<String> names) {
        for (String name : names) {
            if (outputs.containsKey(name)) {
                return name;
            }
        }
        List<String> rank3 = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (Map.Entry<String, NodeInfo> e : outputs.entrySet()) {
            if (e.getValue().getInfo() instanceof TensorInfo t) {
                described.add(e.getKey() + " " + java.util.Arrays.toString(t.getShape()));
                if (t.getShape().length == 3) {
                    rank3.add(e.getKey());
                }
            } else {
                described.add(e.getKey());
            }
        }
        if (rank3.size() == 1) {
            return rank3.get(0);
        }
        throw new ModelLoadException(file, "no per-token output: expected one named "
                + names + " or a single rank-3 output; outputs: " + described);
    }

    /** The inputs the graph declares. */
    public Set<ModelInput> inputs() {
        return Set.copyOf(inputs);
    }

    /** Name of the output read as token embeddings. */
    public String tokenOutput() {
        return tokenOutput;
    }

    /** The token output's width as the graph declares it, -1 when symbolic. */
    public int outputDimension() {
        return outputDim;
    }

    public Path file() {
        return file;
    }


    /**
     * Runs one padded batch; returns its token embeddings with the batch's attention mask. When
     * the graph fixes the output width, ONNX Runtime writes the output straight into the batch's
     * reused direct buffer (a pinned output) and the result reads from there: it is valid until
     * the next run with the same {@code batch}.
     */
    public TokenEmbeddingBatch run(TokenInputs batch) {
        Map<String, OnnxTensor> feed = new HashMap<>();
        long[] shape = {batch.batch(), batch.seqLen()};
        OnnxTensor pinned = null;
        try {
            for (ModelInput input : inputs) {
                feed.put(input.onnxName(), OnnxTensor.createTensor(env, batch.view(input), shape));
            }
            if (outputDim > 0) {
                FloatBuffer out = batch.output(outputDim); // [batch * seqLen * dim]
                pinned = OnnxTensor.createTensor(env, out, new long[] {batch.batch(), batch.seqLen(), outputDim});
                try (OrtSession.Result result = session.run(feed, Set.of(), Map.of(tokenOutput, pinned))) {
                    return new TokenEmbeddingBatch(out, batch.maskCopy(), batch.batch(), batch.seqLen(), outputDim);
                }
            }
            try (OrtSession.Result result = session.run(feed, Set.of(tokenOutput))) {
                Optional<OnnxValue> value = result.get(tokenOutput);
                if (value.isEmpty() || !(value.get() instanceof OnnxTensor tensor)) {
                    throw new IllegalStateException(file + ": output \"" + tokenOutput + "\" missing from the result");
                }
                long[] outShape = tensor.getInfo().getShape();
                if (outShape.length != 3 || outShape[0] != batch.batch() || outShape[1] != batch.seqLen()) {
                    throw new IllegalStateException(file + ": output \"" + tokenOutput + "\": expected shape ["
                            + batch.batch() + ", " + batch.seqLen() + ", dim], found " + java.util.Arrays.toString(outShape));
                }
                float[] hidden = floats(tensor); // [batch * seqLen * dim]
                return new TokenEmbeddingBatch(hidden, batch.maskCopy(), batch.batch(), batch.seqLen(), (int) outShape[2]);
            }
        } catch (OrtException e) {
            throw new dev.sentence4j.core.ModelRunException(file, "ONNX Runtime failed on a batch of shape "
                    + java.util.Arrays.toString(shape) + ": " + e.getMessage(), e);
        } finally {
            for (OnnxTensor t : feed.values()) {
                t.close();
            }
            if (pinned != null) {
                pinned.close();
            }
        }
    }

    /**
     * The tensor's values in one float[]: ORT's getFloatBuffer already copies the native output
     * into a heap buffer, so its array is taken as it is rather than copied a second time.
     */
    private static float[] floats(OnnxTensor tensor) {
        FloatBuffer fb = tensor.getFloatBuffer();
        if (fb.hasArray() && fb.arrayOffset() == 0 && fb.position() == 0 && fb.remaining() == fb.array().length) {
            return fb.array();
        }
        float[] out = new float[fb.remaining()];
        fb.get(out);
        return out;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(file + ": cannot close the ONNX session: " + e.getMessage(), e);
        }
    }

    private static void closeQuietlyAfter(OrtSession session, Exception primary) {
        try {
            session.close();
        } catch (OrtException e) {
            primary.addSuppressed(e);
        }
    }
}
