package dev.sentence4j.core.cli;

import dev.sentence4j.core.EmbeddedModels;
import dev.sentence4j.core.LoadOptions;
import dev.sentence4j.core.ModelLocator;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.crossencoder.CrossEncoder;
import dev.sentence4j.core.sparse.SparseEncoder;
import dev.sentence4j.hub.TextProgressBar;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The model options of every command that runs a model (the CLI's commands, {@code serve}, the
 * viz commands, the Spark job): a picocli mixin over {@link LoadOptions}, so that each command
 * takes the same {@code --model}, {@code --onnx-file}, {@code --revision} and {@code --threads}
 * and opens the model the same way.
 */
public final class ModelOptions {
    @Option(names = {"-m", "--model"}, paramLabel = "M", defaultValue = EmbeddedModels.DEFAULT_MODEL,
        description = "An embedded model name (see 'sentence4j models'), a local model directory in the sentence-transformers layout, or a Hugging Face Hub id (org/name; downloaded once into the huggingface_hub cache, shared with Python). Default: ${DEFAULT-VALUE}.")
    public String model;

    @Option(names = "--onnx-file", paramLabel = "FILE",
        description = "The ONNX file inside the model directory to run, e.g. onnx/model_qint8_avx512.onnx "
            + "(default: onnx/model.onnx, else model.onnx).")
    public Path onnxFile;

    @Option(names = "--revision", paramLabel = "REV",
        description = "Hub models only: a branch, tag or commit sha (default: main).")
    public String revision;

    @Option(names = "--threads", paramLabel = "N",
        description = "ONNX Runtime intra-op threads (default: all available cores).")
    public Integer threads;

    /** These options as the library takes them; downloads report progress on stderr. */
    public LoadOptions loadOptions() {
        LoadOptions options = LoadOptions.defaults().withName(model).withProgress(new TextProgressBar(System.err));
        if (onnxFile != null) {
            options = options.withOnnxFile(onnxFile);
        }
        if (revision != null) {
            options = options.withRevision(revision);
        }
        if (threads != null) {
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1, found " + threads);
            }
            options = options.withThreads(threads);
        }
        return options;
    }

    /** The model directory: an embedded model is unpacked once into a cache, a Hub model downloaded once. */
    public Path directory() {
        return ModelLocator.resolve(model, loadOptions().hubOptions());
    }

    public SentenceEncoder open() {
        return SentenceEncoder.load(model, loadOptions());
    }

    /** The model as a sparse encoder (SPLADE); any other kind of model is a ModelLoadException saying what it is. */
    public SparseEncoder openSparse() {
        return SparseEncoder.load(model, loadOptions());
    }

    /** The model as a cross-encoder (e.g. cross-encoder/ms-marco-MiniLM-L6-v2), for reranking. */
    public CrossEncoder openCrossEncoder() {
        return CrossEncoder.load(model, loadOptions());
    }
}
