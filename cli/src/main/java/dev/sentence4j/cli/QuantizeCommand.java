package dev.sentence4j.cli;

import dev.sentence4j.common.error.UsageException;
import dev.sentence4j.core.ModelCalibration;
import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.core.cli.ModelOptions;
import dev.sentence4j.core.config.ModelDirectory;
import dev.sentence4j.onnx.OnnxFileException;
import dev.sentence4j.onnx.OnnxGraph;
import dev.sentence4j.quantize.ActivationRange;
import dev.sentence4j.quantize.CalibrationTexts;
import dev.sentence4j.quantize.ModelDirectoryQuantizer;
import dev.sentence4j.quantize.QuantizationScheme;
import dev.sentence4j.quantize.QuantizationSummary;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    mixinStandardHelpOptions = true,
    name = "quantize",
    sortOptions = false,
    description = {
        "Write an int8 copy of a model: a full model directory (configs and tokenizer copied, onnx/model.onnx quantized) that loads like any other.",
        "",
        "The encoder's linear layers become int8 with scales that never depend on the other texts of a batch, so a text gets the same vector alone or in any batch (the dynamically quantized ONNX files published for most models compute one activation scale per batch). Embeddings, LayerNorm, softmax and the attention products stay fp32.",
    },
    footer = {
        "",
        "Schemes:",
        "  static              one uint8 scale per layer, fixed by running the fp32",
        "                      model on calibration texts (--calibration); the fastest",
        "                      (default; the embedded -q models; all-MiniLM-L6-v2",
        "                      STS-B Spearman 0.8190, fp32 0.8203)",
        "  per-row-asymmetric  a scale and zero point per token, no calibration: the",
        "                      closest to fp32 of the fast schemes (0.8194, vectors at",
        "                      cosine 0.999 to fp32), about half as fast as static",
        "  per-row-symmetric   a symmetric scale per token: coarser (0.8173)",
        "  matmul-nbits-8      ORT's MatMulNBits, 8-bit weights per block of 32:",
        "                      closest to fp32 (0.8201), no faster than fp32 on ORT 1.23",
        "All schemes: int8 weights per output column, and a text's vector is the same",
        "alone or in any batch.",
        "",
        "Examples:",
        "  sentence4j quantize --model all-MiniLM-L6-v2 --out minilm-int8",
        "  sentence4j quantize --model my-model --calibration texts.txt --out my-int8",
        "  sentence4j quantize --model BAAI/bge-small-en-v1.5 --out bge-int8",
        "  sentence4j similarity --model bge-int8 \"a\" \"b\"",
    })
final class QuantizeCommand implements Callable<Integer> {
    @Mixin ModelOptions model;

    @Option(names = "--out", paramLabel = "DIR", required = true,
        description = "The new model directory (must not exist, or be empty).")
    Path out;

    @Option(names = "--scheme", paramLabel = "S", defaultValue = "static",
        description = "static, per-row-asymmetric, per-row-symmetric or matmul-nbits-8 (see below). Default: ${DEFAULT-VALUE}.")
    String scheme;

    @Option(names = "--calibration", paramLabel = "FILE",
        description = "For --scheme static: texts (one per line, UTF-8) to measure each layer's activation range on. "
            + "Default: 224 built-in English lines of mixed lengths.")
    Path calibration;

    @Override
    public Integer call() {
        QuantizationScheme s = QuantizationScheme.fromCliName(scheme);
        if (calibration != null && !s.calibrated()) {
            throw new UsageException("--calibration is for --scheme static; scheme " + s.cliName()
                    + " computes its scales per row at run time");
        }
        Path dir = model.directory();
        ModelDirectory source = ModelDirectory.open(dir, model.onnxFile);
        QuantizationSummary summary;
        try {
            OnnxGraph graph = OnnxGraph.read(source.onnxFile());
            Map<String, ActivationRange> ranges = s.calibrated()
                    ? ModelCalibration.measure(source, graph,
                            calibration == null ? CalibrationTexts.defaults() : CalibrationTexts.read(calibration))
                    : Map.of();
            summary = ModelDirectoryQuantizer.quantize(dir, graph, out, s, ranges);
        } catch (OnnxFileException e) {
            throw new ModelLoadException(e.file(), e.detail(), e);
        }
        System.out.printf(Locale.ROOT, "%s: %d linear layers int8 (%s)%s, %.1f MB -> %.1f MB%n", out,
                summary.quantized(), s.cliName(),
                summary.keptFloat() > 0 ? ", " + summary.keptFloat() + " kept fp32" : "",
                summary.inputBytes() / 1e6, summary.outputBytes() / 1e6);
        return 0;
    }
}
