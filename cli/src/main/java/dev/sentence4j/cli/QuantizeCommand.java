package dev.sentence4j.cli;

import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.core.cli.ModelOptions;
import dev.sentence4j.core.config.ModelDirectory;
import dev.sentence4j.onnx.OnnxFileException;
import dev.sentence4j.quantize.ModelDirectoryQuantizer;
import dev.sentence4j.quantize.QuantizationScheme;
import dev.sentence4j.quantize.QuantizationSummary;
import java.nio.file.Path;
import java.util.Locale;
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
        "  per-row-asymmetric  int8 weights per output column; uint8 activations with a scale and zero point per token;",
        "                      integer GEMM (default; all-MiniLM-L6-v2 STS-B Spearman 0.8194 vs fp32 0.8203)",
        "  per-row-symmetric   the same with a symmetric scale per token: fewer ops, coarser (0.8173)",
        "  matmul-nbits-8      ORT's MatMulNBits, 8-bit weights per block of 32: closest to fp32 (0.8201),",
        "                      but no faster than fp32 on ORT 1.23",
        "",
        "Examples:",
        "  sentence4j quantize --model all-MiniLM-L6-v2 --out minilm-int8",
        "  sentence4j quantize --model BAAI/bge-small-en-v1.5 --out bge-int8 && sentence4j similarity --model bge-int8 \"a\" \"b\"",
    })
final class QuantizeCommand implements Callable<Integer> {
    @Mixin ModelOptions model;

    @Option(names = "--out", paramLabel = "DIR", required = true,
        description = "The new model directory (must not exist, or be empty).")
    Path out;

    @Option(names = "--scheme", paramLabel = "S", defaultValue = "per-row-asymmetric",
        description = "per-row-asymmetric, per-row-symmetric or matmul-nbits-8 (see below). Default: ${DEFAULT-VALUE}.")
    String scheme;

    @Override
    public Integer call() {
        QuantizationScheme s = QuantizationScheme.fromCliName(scheme);
        Path dir = model.directory();
        ModelDirectory source = ModelDirectory.open(dir, model.onnxFile);
        QuantizationSummary summary;
        try {
            summary = ModelDirectoryQuantizer.quantize(dir, source.onnxFile(), out, s);
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
