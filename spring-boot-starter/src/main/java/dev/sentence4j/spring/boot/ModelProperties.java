package dev.sentence4j.spring.boot;

import dev.sentence4j.core.LoadOptions;
import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.core.ModelLocator;
import dev.sentence4j.hub.HubOptions;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Opens the model a group of properties names ({@code model}, {@code onnx-file}, {@code revision},
 * {@code threads} under one prefix: {@code sentence4j} for the encoder, {@code sentence4j.reranker}
 * for the cross-encoder), in one place, so that a value that cannot be used fails startup naming
 * its property, whichever bean it is for.
 *
 * @param prefix   the properties' prefix, e.g. "sentence4j.reranker"
 * @param model    an embedded model name, a model directory or a Hub id
 * @param onnxFile the ONNX file inside the model directory, or null
 * @param revision a Hub revision, or null
 * @param threads  ONNX Runtime intra-op threads, 0 for all processors
 */
record ModelProperties(String prefix, String model, String onnxFile, String revision, int threads) {

    /**
     * Resolves the model (embedded, directory or Hub) and opens it with {@code loader}: a
     * directory and the load options in, the model out.
     */
    <T> T open(BiFunction<Path, LoadOptions, T> loader) {
        if (threads < 0) {
            throw invalid("threads", threads, "must be >= 0 (0 = all available processors)");
        }
        HubOptions hub = HubOptions.fromEnvironment();
        if (revision != null) {
            hub = hub.withRevision(revision);
        }
        if (onnxFile != null) {
            hub = hub.withOnnxFile(onnxFile);
        }
        Path directory;
        try {
            directory = ModelLocator.resolve(model, hub);
        } catch (RuntimeException e) {
            throw invalid("model", model, e.getMessage());
        }
        LoadOptions load = LoadOptions.defaults().withName(model).withThreads(threads);
        if (onnxFile != null) {
            load = load.withOnnxFile(Path.of(onnxFile));
        }
        try {
            return loader.apply(directory, load);
        } catch (ModelLoadException e) {
            boolean onnx = onnxFile != null && e.path().endsWith(onnxFile);
            throw onnx ? invalid("onnx-file", onnxFile, e.getMessage()) : invalid("model", model, e.getMessage());
        }
    }

    /** {@code prefix.property} cannot take {@code value}: Spring Boot reports "Invalid value ... for configuration property ...". */
    InvalidConfigurationPropertyValueException invalid(String property, Object value, String reason) {
        return new InvalidConfigurationPropertyValueException(prefix + "." + property, value, reason);
    }
}
