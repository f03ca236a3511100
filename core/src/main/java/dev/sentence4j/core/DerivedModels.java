package dev.sentence4j.core;

import dev.sentence4j.core.EmbeddedModels.EmbeddedModel;
import dev.sentence4j.onnx.OnnxFileException;
import dev.sentence4j.quantize.EncoderQuantizer;
import dev.sentence4j.quantize.QuantizationScheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Embedded int8 models made on first use by sentence4j's quantizer from an embedded fp32 model
 * (index field {@code quantizedFrom}): the fp32 model's tokenizer.json is copied and its graph
 * quantized into {@code onnx/model.onnx}; the ST config files come from the int8 model's own index
 * entry. Quantizing a small encoder takes a few seconds, once.
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
            EncoderQuantizer.quantize(baseDir.resolve(ONNX), out, scheme);
        } catch (OnnxFileException e) {
            throw new ModelLoadException(e.file(), "cannot make embedded model " + model.name() + " from "
                    + model.quantizedFrom() + ": " + e.detail(), e);
        }
    }
}
