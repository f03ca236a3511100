package dev.sentence4j.core;

import dev.sentence4j.hub.HubOptions;
import java.nio.file.Path;

/**
 * How to open a model: the one set of loading options that the library, every CLI command
 * ({@code serve} included) and the server use.
 *
 * @param onnxFile an ONNX file to run instead of onnx/model.onnx or model.onnx (relative to the
 *                 model directory, e.g. {@code onnx/model_qint8_avx512.onnx}), or null
 * @param threads  ONNX Runtime intra-op threads; 0 means the available processors
 * @param name     the model's display name, or null for what the user typed (or the directory's name)
 * @param revision Hub models only: a branch, tag or commit sha, or null for main
 * @param progress Hub models only: told about downloads
 */
public record LoadOptions(Path onnxFile, int threads, String name, String revision,
        dev.sentence4j.hub.ProgressListener progress) {
    public LoadOptions {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0 (0 = available processors), found " + threads);
        }
        if (revision != null && revision.isBlank()) {
            throw new IllegalArgumentException("revision must be a branch, tag or commit sha, found a blank string");
        }
        progress = progress == null ? dev.sentence4j.hub.ProgressListener.none() : progress;
    }

    public static LoadOptions defaults() {
        return new LoadOptions(null, 0, null, null, null);
    }

    public LoadOptions withOnnxFile(Path onnxFile) {
        return new LoadOptions(onnxFile, threads, name, revision, progress);
    }

    public LoadOptions withThreads(int threads) {
        return new LoadOptions(onnxFile, threads, name, revision, progress);
    }

    public LoadOptions withName(String name) {
        return new LoadOptions(onnxFile, threads, name, revision, progress);
    }

    /** These options named {@code name} unless they have a name: a model is called what the user asked for. */
    public LoadOptions withDefaultName(String name) {
        return this.name == null ? withName(name) : this;
    }

    public LoadOptions withRevision(String revision) {
        return new LoadOptions(onnxFile, threads, name, revision, progress);
    }

    /** Download progress of a Hub model (a different listener from encode's {@link ProgressListener}). */
    public LoadOptions withProgress(dev.sentence4j.hub.ProgressListener progress) {
        return new LoadOptions(onnxFile, threads, name, revision, progress);
    }

    /** The Hub settings for resolving a Hub id: the environment's (HF_TOKEN, HF_HOME, ...) plus these options. */
    public HubOptions hubOptions() {
        HubOptions hub = HubOptions.fromEnvironment().withProgress(progress);
        if (revision != null) {
            hub = hub.withRevision(revision);
        }
        if (onnxFile != null && !onnxFile.isAbsolute()) {
            hub = hub.withOnnxFile(onnxFile.toString().replace('\\', '/'));
        }
        return hub;
    }

    /** The display name of the model loaded from {@code dir}: {@link #name()}, else the directory's name. */
    public String nameFor(Path dir) {
        if (name != null) {
            return name;
        }
        Path last = dir.toAbsolutePath().normalize().getFileName();
        return last == null ? dir.toString() : last.toString();
    }

    /** ONNX Runtime intra-op threads: {@link #threads()}, or the available processors for 0. */
    public int effectiveThreads() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
