package dev.sentence4j.core;

import java.nio.file.Path;

/**
 * How to open a model directory.
 *
 * @param onnxFile an ONNX file to run instead of onnx/model.onnx or model.onnx (relative to the
 *                 model directory, e.g. {@code onnx/model_qint8_avx512.onnx}), or null
 * @param threads  ONNX Runtime intra-op threads; 0 means the available processors
 * @param name     the model's display name, or null for the directory's name
 */
public record LoadOptions(Path onnxFile, int threads, String name) {
    public LoadOptions {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0 (0 = available processors), found " + threads);
        }
    }

    public static LoadOptions defaults() {
        return new LoadOptions(null, 0, null);
    }

    public LoadOptions withOnnxFile(Path onnxFile) {
        return new LoadOptions(onnxFile, threads, name);
    }

    public LoadOptions withThreads(int threads) {
        return new LoadOptions(onnxFile, threads, name);
    }

    public LoadOptions withName(String name) {
        return new LoadOptions(onnxFile, threads, name);
    }

    int effectiveThreads() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
