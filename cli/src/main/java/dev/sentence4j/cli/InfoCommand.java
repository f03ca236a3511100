package dev.sentence4j.cli;

import dev.sentence4j.core.cli.ModelOptions;
import dev.sentence4j.cli.output.Json;
import dev.sentence4j.core.ModelInfo;
import dev.sentence4j.core.SentenceEncoder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    mixinStandardHelpOptions = true,
    name = "info",
    description = "Describe a model: where it lives, its ONNX graph inputs and output, dimension, pooling, max input length, normalization, similarity function and prompts.")
final class InfoCommand implements Callable<Integer> {
    @Mixin ModelOptions model;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (SentenceEncoder encoder = model.open()) {
            ModelInfo i = encoder.info();
            Map<String, Object> obj = new LinkedHashMap<>();
            obj.put("name", i.name());
            obj.put("directory", i.directory().toString());
            obj.put("onnx_file", i.onnxFile().toString());
            obj.put("onnx_inputs", i.onnxInputs());
            obj.put("onnx_output", i.onnxOutput());
            obj.put("dimension", i.dimension());
            obj.put("pooling", i.poolingModes().stream().map(p -> p.configName()).toList());
            obj.put("max_seq_length", i.maxSeqLength());
            obj.put("normalize", i.normalize());
            obj.put("similarity", i.similarity().configName());
            obj.put("prompts", i.prompts());
            obj.put("default_prompt_name", i.defaultPromptName());
            obj.put("vocab_size", encoder.tokenizer().vocabSize());
            if (json) {
                Json.printLine(System.out, obj);
            } else {
                obj.forEach((k, v) -> System.out.printf("%-20s %s%n", k, v instanceof List<?> l && l.isEmpty() ? "[]" : v));
            }
        }
        return 0;
    }
}
