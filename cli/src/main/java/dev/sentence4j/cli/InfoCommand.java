package dev.sentence4j.cli;

import dev.sentence4j.cli.output.Json;
import dev.sentence4j.core.ModelInfo;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.cli.ModelOptions;
import dev.sentence4j.core.config.ModelKind;
import dev.sentence4j.core.crossencoder.CrossEncoder;
import dev.sentence4j.core.crossencoder.CrossEncoderInfo;
import dev.sentence4j.core.sparse.SparseEncoder;
import dev.sentence4j.core.sparse.SparseInfo;
import java.nio.file.Path;
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
    description = "Describe a model: its kind (embedding, sparse or cross-encoder), where it lives, its ONNX graph inputs and output, dimension, pooling, max input length, normalization, similarity function and prompts; a cross-encoder's labels and activation.")
final class InfoCommand implements Callable<Integer> {
    @Mixin ModelOptions model;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path dir = model.directory();
        Map<String, Object> obj = switch (ModelKind.of(dir)) {
            case EMBEDDING -> embedding(dir);
            case SPARSE -> sparse(dir);
            case CROSS_ENCODER -> crossEncoder(dir);
        };
        if (json) {
            Json.printLine(System.out, obj);
        } else {
            obj.forEach((k, v) -> System.out.printf("%-20s %s%n", k, v instanceof List<?> l && l.isEmpty() ? "[]" : v));
        }
        return 0;
    }

    private Map<String, Object> embedding(Path dir) {
        try (SentenceEncoder encoder = SentenceEncoder.load(dir, model.loadOptions())) {
            ModelInfo i = encoder.info();
            Map<String, Object> obj = new LinkedHashMap<>();
            obj.put("name", i.name());
            obj.put("kind", ModelKind.EMBEDDING.label());
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
            return obj;
        }
    }

    private Map<String, Object> sparse(Path dir) {
        try (SparseEncoder encoder = SparseEncoder.load(dir, model.loadOptions())) {
            SparseInfo i = encoder.info();
            Map<String, Object> obj = new LinkedHashMap<>();
            obj.put("name", i.name());
            obj.put("kind", ModelKind.SPARSE.label());
            obj.put("directory", i.directory().toString());
            obj.put("onnx_file", i.onnxFile().toString());
            obj.put("onnx_inputs", i.onnxInputs());
            obj.put("dimension", i.dimension());
            obj.put("pooling", i.pooling());
            obj.put("activation", i.activation());
            obj.put("max_seq_length", i.maxSeqLength());
            obj.put("similarity", "dot");
            obj.put("prompts", i.prompts());
            obj.put("default_prompt_name", i.defaultPromptName());
            return obj;
        }
    }

    private Map<String, Object> crossEncoder(Path dir) {
        try (CrossEncoder encoder = CrossEncoder.load(dir, model.loadOptions())) {
            CrossEncoderInfo i = encoder.info();
            Map<String, Object> obj = new LinkedHashMap<>();
            obj.put("name", i.name());
            obj.put("kind", ModelKind.CROSS_ENCODER.label());
            obj.put("directory", i.directory().toString());
            obj.put("onnx_file", i.onnxFile().toString());
            obj.put("onnx_inputs", i.onnxInputs());
            obj.put("num_labels", i.numLabels());
            obj.put("labels", i.labels());
            obj.put("activation", i.activation());
            obj.put("max_length", i.maxLength());
            return obj;
        }
    }
}
