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
 * declares and returns one output, chosen at open ({@link SessionOutput}): the token embeddings
 * of an embedding model, or the {@code [batch, labels]} logits of a cross-encoder. Every model
 * kind runs through this one class, so the session settings below hold for all of them.
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
 * <p>The memory pattern is off: it plans one block per input shape, and encode runs a new shape
 * almost every batch (rows x longest input), so the arena fragments. Bare ORT over runs of 8 to
 * 95 tokens (all-MiniLM-L6-v2 fp32): arena growth +85 to +112 MB with it, +58 to +63 MB without,
 * at the same speed within noise (BENCHMARKS.md). The CPU arena stays on: without it, glibc
 * malloc was 15 to 25% slower and peaked higher.
 */
public final class OnnxEncoderSession implements AutoCloseable {
    /**
     * -Dsentence4j.ort.spinning=1 lets ORT's intra-op threads spin: on an idle machine that cuts
     * single-sentence latency by about a third (fp32 p50 6.4 -> 4.3 ms on the bench machine) for
     * no throughput gain; on a shared machine it costs everyone else. Off by default.
     */
    public static final String SPINNING_PROPERTY = "sentence4j.ort.spinning";

    /** Output names that hold token embeddings, in order of preference. */
    public static final List<String> TOKEN_OUTPUT_NAMES = SessionOutput.TOKEN_EMBEDDINGS.names();

    private final Path file;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final Set<ModelInput> inputs;
    private final SessionOutput kind;
    private final String outputName;
    private final int outputDim; // the output's last dimension, or -1 when the graph leaves it symbolic
    /** Buffers lent to this session's callers between calls: 2 per core, each up to 8 MiB kept. */
    private final TokenInputsPool inputsPool =
            new TokenInputsPool(2 * Runtime.getRuntime().availableProcessors(), 8L << 20);

    private OnnxEncoderSession(Path file, OrtEnvironment env, OrtSession session, Set<ModelInput> inputs,
            SessionOutput kind, String outputName, int outputDim) {
        this.file = file;
        this.env = env;
        this.session = session;
        this.inputs = inputs;
        this.kind = kind;
        this.outputName = outputName;
        this.outputDim = outputDim;
    }

    /** Opens {@code file} to read its token embeddings; see {@link #open(Path, int, SessionOutput)}. */
    public static OnnxEncoderSession open(Path file, int intraOpThreads) {
        return open(file, intraOpThreads, SessionOutput.TOKEN_EMBEDDINGS);
    }

    /**
     * Opens {@code file} to read the given output; a missing, corrupt or unsuitable graph (one
     * without such an output among them) is a {@link ModelLoadException} naming it.
     */
    public static OnnxEncoderSession open(Path file, int intraOpThreads, SessionOutput output) {
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
            options.setMemoryPatternOptimization(false);
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
            String name = chooseOutput(file, session.getOutputInfo(), output);
            int dim = -1;
            if (session.getOutputInfo().get(name).getInfo() instanceof TensorInfo t
                    && t.getShape().length == output.rank() && t.getShape()[output.rank() - 1] > 0) {
                dim = (int) t.getShape()[output.rank() - 1];
            }
            return new OnnxEncoderSession(file, env, session, inputs, output, name, dim);
        } catch (OrtException | RuntimeException e) {
            closeQuietlyAfter(session, e);
            if (e instanceof ModelLoadException m) {
                throw m;
            }
            throw new ModelLoadException(file, "cannot inspect the ONNX model: " + e.getMessage(), e);
        }
    }

    /** By name ({@link SessionOutput#names()}), else the single output of the expected rank. */
    static String chooseOutput(Path file, Map<String, NodeInfo> outputs, SessionOutput output) {
        for (String name : output.names()) {
            if (outputs.containsKey(name)) {
                return name;
            }
        }
        List<String> ofRank = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (Map.Entry<String, NodeInfo> e : outputs.entrySet()) {
            if (e.getValue().getInfo() instanceof TensorInfo t) {
                described.add(e.getKey() + " " + java.util.Arrays.toString(t.getShape()));
                if (t.getShape().length == output.rank()) {
                    ofRank.add(e.getKey());
                }
            } else {
                described.add(e.getKey());
            }
        }
        if (ofRank.size() == 1) {
            return ofRank.get(0);
        }
        throw new ModelLoadException(file, "no " + output.description() + " output: expected one named " + output.names()
                + " or a single rank-" + output.rank() + " output; outputs: " + described);
    }

    /** The inputs the graph declares. */
    public Set<ModelInput> inputs() {
        return Set.copyOf(inputs);
    }

    /** Name of the output read: the token embeddings, or the logits. */
    public String tokenOutput() {
        return outputName;
    }

    /** The output's width (its last dimension) as the graph declares it, -1 when symbolic. */
    public int outputDimension() {
        return outputDim;
    }

    public Path file() {
        return file;
    }

    /**
     * Buffers for one caller's runs, reused from an earlier call where one is idle; give them back
     * with {@link #giveBack} once every result read from them has been copied out.
     */
    public TokenInputs borrowInputs() {
        return inputsPool.borrow();
    }

    /** Returns buffers from {@link #borrowInputs}; the caller must not touch them afterwards. */
    public void giveBack(TokenInputs inputs) {
        inputsPool.giveBack(inputs);
    }


    /**
     * Runs one padded batch; returns its per-token output (token embeddings, or a masked-language
     * model's logits) with the batch's attention mask. When
     * the graph fixes the output width, ONNX Runtime writes the output straight into the batch's
     * reused direct buffer (a pinned output) and the result reads from there: it is valid until
     * the next run with the same {@code batch}.
     */
    public TokenEmbeddingBatch run(TokenInputs batch) {
        if (kind.rank() != 3) {
            throw new IllegalStateException(file + ": this session reads the " + kind.description() + " output \""
                    + outputName + "\", which has one row per input, not one per token");
        }
        Map<String, OnnxTensor> feed = new HashMap<>();
        long[] shape = {batch.batch(), batch.seqLen()};
        OnnxTensor pinned = null;
        try {
            feed(batch, shape, feed);
            if (outputDim > 0) {
                FloatBuffer out = batch.output(outputDim); // [batch * seqLen * dim]
                pinned = OnnxTensor.createTensor(env, out, new long[] {batch.batch(), batch.seqLen(), outputDim});
                try (OrtSession.Result result = session.run(feed, Set.of(), Map.of(outputName, pinned))) {
                    return new TokenEmbeddingBatch(out, batch.maskCopy(), batch.batch(), batch.seqLen(), outputDim);
                }
            }
            try (OrtSession.Result result = session.run(feed, Set.of(outputName))) {
                Optional<OnnxValue> value = result.get(outputName);
                if (value.isEmpty() || !(value.get() instanceof OnnxTensor tensor)) {
                    throw new IllegalStateException(file + ": output \"" + outputName + "\" missing from the result");
                }
                long[] outShape = tensor.getInfo().getShape();
                if (outShape.length != 3 || outShape[0] != batch.batch() || outShape[1] != batch.seqLen()) {
                    throw new IllegalStateException(file + ": output \"" + outputName + "\": expected shape ["
                            + batch.batch() + ", " + batch.seqLen() + ", dim], found " + java.util.Arrays.toString(outShape));
                }
                float[] hidden = floats(tensor); // [batch * seqLen * dim]
                return new TokenEmbeddingBatch(hidden, batch.maskCopy(), batch.batch(), batch.seqLen(), (int) outShape[2]);
            }
        } catch (OrtException e) {
            throw failed(shape, e);
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
     * Runs one padded batch through a {@link SessionOutput#LOGITS} session: {@code [batch * width]},
     * one row of logits per input row.
     */
    public float[] runLogits(TokenInputs batch) {
        requireOutput(SessionOutput.LOGITS);
        Map<String, OnnxTensor> feed = new HashMap<>();
        long[] shape = {batch.batch(), batch.seqLen()};
        try {
            feed(batch, shape, feed);
            try (OrtSession.Result result = session.run(feed, Set.of(outputName))) {
                Optional<OnnxValue> value = result.get(outputName);
                if (value.isEmpty() || !(value.get() instanceof OnnxTensor tensor)) {
                    throw new IllegalStateException(file + ": output \"" + outputName + "\" missing from the result");
                }
                long[] outShape = tensor.getInfo().getShape();
                if (outShape.length != 2 || outShape[0] != batch.batch()) {
                    throw new IllegalStateException(file + ": output \"" + outputName + "\": expected shape ["
                            + batch.batch() + ", labels], found " + java.util.Arrays.toString(outShape));
                }
                return floats(tensor); // [batch * width]
            }
        } catch (OrtException e) {
            throw failed(shape, e);
        } finally {
            for (OnnxTensor t : feed.values()) {
                t.close();
            }
        }
    }

    /** The graph's inputs for {@code batch}, as views of its direct buffers (no copy). */
    private void feed(TokenInputs batch, long[] shape, Map<String, OnnxTensor> feed) throws OrtException {
        for (ModelInput input : inputs) {
            feed.put(input.onnxName(), OnnxTensor.createTensor(env, batch.view(input), shape));
        }
    }

    private void requireOutput(SessionOutput expected) {
        if (kind != expected) {
            throw new IllegalStateException(file + ": this session reads the " + kind + " output \"" + outputName
                    + "\", not " + expected);
        }
    }

    private dev.sentence4j.core.ModelRunException failed(long[] shape, OrtException e) {
        return new dev.sentence4j.core.ModelRunException(file, "ONNX Runtime failed on a batch of shape "
                + java.util.Arrays.toString(shape) + ": " + e.getMessage(), e);
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
