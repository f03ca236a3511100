package dev.sentence4j.core;

import dev.sentence4j.core.config.ModelDirectory;
import dev.sentence4j.core.input.ModelInputs;
import dev.sentence4j.onnx.OnnxGraph;
import dev.sentence4j.quantize.ActivationRange;
import dev.sentence4j.quantize.Calibration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The activation ranges a static int8 scheme needs, measured on texts tokenized exactly as the
 * model tokenizes them (its tokenizer, lower-casing and max_seq_length truncation, no prompt).
 */
public final class ModelCalibration {
    private ModelCalibration() {}

    /** @param graph the model's fp32 graph, already read */
    public static Map<String, ActivationRange> measure(ModelDirectory model, OnnxGraph graph, List<String> texts) {
        ModelInputs inputs = ModelInputs.open(model);
        List<long[]> rows = texts.stream()
                .map(t -> Arrays.stream(inputs.encode(t, null).ids()).asLongStream().toArray())
                .toList();
        return Calibration.measure(graph, rows);
    }
}
