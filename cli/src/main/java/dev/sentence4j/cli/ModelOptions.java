package dev.sentence4j.cli;

import dev.sentence4j.core.LoadOptions;
import dev.sentence4j.core.ModelLocator;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.hub.HubOptions;
import dev.sentence4j.hub.TextProgressBar;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --model option shared by every command that runs a model. */
final class ModelOptions {
    static final String DEFAULT_MODEL = "all-MiniLM-L6-v2";

    @Option(names = {"-m", "--model"}, paramLabel = "M", defaultValue = DEFAULT_MODEL,
        description = "An embedded model name (see 'sentence4j models'), a local model directory in the sentence-transformers layout, or a Hugging Face Hub id (org/name; downloaded once into the huggingface_hub cache, shared with Python). Default: ${DEFAULT-VALUE}.")
    String model;

    @Option(names = "--onnx-file", paramLabel = "FILE",
        description = "The ONNX file inside the model directory to run, e.g. onnx/model_qint8_avx512.onnx "
            + "(default: onnx/model.onnx, else model.onnx).")
    Path onnxFile;

    @Option(names = "--revision", paramLabel = "REV",
        description = "Hub models only: a branch, tag or commit sha (default: main).")
    String revision;

    @Option(names = "--threads", paramLabel = "N",
        description = "ONNX Runtime intra-op threads (default: all available cores).")
    Integer threads;

    /** The model directory: an embedded model is unpacked once into a cache, a Hub model downloaded once. */
    Path directory() {
        HubOptions options = HubOptions.fromEnvironment().withProgress(new TextProgressBar(System.err));
        if (revision != null) {
            options = options.withRevision(revision);
        }
        if (onnxFile != null) {
            options = options.withOnnxFile(onnxFile.toString());
        }
        return ModelLocator.resolve(model, options);
    }

    SentenceEncoder open() {
        LoadOptions options = LoadOptions.defaults().withName(model);
        if (onnxFile != null) {
            options = options.withOnnxFile(onnxFile);
        }
        if (threads != null) {
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
            }
            options = options.withThreads(threads);
        }
        return SentenceEncoder.load(directory(), options);
    }
}
