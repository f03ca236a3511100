package dev.sentence4j.core;

import dev.sentence4j.core.EmbeddedModels.EmbeddedModel;
import dev.sentence4j.core.config.ModelDirectory;
import dev.sentence4j.onnx.OnnxFileException;
import dev.sentence4j.onnx.OnnxGraph;
import dev.sentence4j.quantize.ActivationRange;
import dev.sentence4j.quantize.CalibrationTexts;
import dev.sentence4j.quantize.EncoderQuantizer;
import dev.sentence4j.quantize.QuantizationScheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Embedded int8 models made on first use by sentence4j's quantizer from an embedded fp32 model
 * (index field {@code quantizedFrom}): the fp32 model's tokenizer.json is copied and its graph
 * quantized into {@code onnx/model.onnx}; the ST config files come from the int8 model's own index
 * entry. A static scheme is calibrated on the built-in texts ({@link CalibrationTexts#defaults()}).
 * Quantizing a small encoder takes a few seconds, once.
 */
final class DerivedModels {
    static final String TOKENIZER = "tokenizer.json";
    static final String ONNX = "onnx/model.onnx";

    private DerivedModels() {}

    static void quantize(EmbeddedModel model, Path baseDir, Path outDir) throws IOException {
        QuantizationScheme scheme = QuantizationScheme.fromCliName(model.quantization());
        if (!model.files().containsKey(TOKENIZER)) {
            Files.copy(baseDir.resolve(TOKENIZER), outDir.resolve(TOKENIZER), StandardCopyOption.REPLACE_EXISTING);
        }
        Path out = outDir.resolve(ONNX);
        Files.createDirectories(out.getParent());
        try {
            OnnxGraph graph = OnnxGraph.read(baseDir.resolve(ONNX));
            Map<String, ActivationRange> ranges = scheme.calibrated()
                    ? ModelCalibration.measure(ModelDirectory.open(baseDir, null), graph, CalibrationTexts.defaults())
                    : Map.of();
            EncoderQuantizer.quantize(graph, out, scheme, ranges);
        } catch (OnnxFileException e) {
            throw new ModelLoadException(e.file(), "cannot make embedded model " + model.name() + " from "
                    + model.quantizedFrom() + ": " + e.detail(), e);
        }
    }
}
