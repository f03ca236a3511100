package dev.sentence4j.server.handler;

import dev.sentence4j.server.Inference;
import dev.sentence4j.server.ServedTask;
import dev.sentence4j.server.api.InfoResponse;
import dev.sentence4j.server.backend.BackendInfo;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GET /info: the model and the router's limits, with TEI's field names. */
public final class InfoHandler implements Handler {
    private final InfoResponse info;

    public InfoHandler(Inference inference) {
        BackendInfo b = inference.info();
        ServedTask task = inference.task();
        this.info = new InfoResponse(b.modelId(), null, b.dtype(), modelType(task, b),
                inference.config().maxConcurrentRequests(), b.maxInputLength(), inference.config().maxBatchTokens(), null,
                inference.config().maxClientBatchSize(), inference.config().autoTruncate(),
                Runtime.getRuntime().availableProcessors(), version(), null, null, b.kind().label(),
                task == ServedTask.RERANKER || task == ServedTask.CLASSIFIER ? null : b.dimension(), b.prompts(),
                b.defaultPromptName());
    }

    /**
     * TEI's model_type: {@code {"embedding": {"pooling": ..}}} (a SPLADE model is an embedding
     * model with pooling "splade"), {@code {"reranker" | "classifier": {"id2label", "label2id"}}}.
     */
    static Map<String, Object> modelType(ServedTask task, BackendInfo b) {
        return switch (task) {
            case EMBEDDING, SPARSE -> Map.of("embedding", Map.of("pooling", b.pooling()));
            case RERANKER -> Map.of("reranker", labels(b.labels()));
            case CLASSIFIER -> Map.of("classifier", labels(b.labels()));
        };
    }

    private static Map<String, Object> labels(List<String> labels) {
        Map<String, String> id2label = new LinkedHashMap<>();
        Map<String, Integer> label2id = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            id2label.put(Integer.toString(i), labels.get(i));
            label2id.put(labels.get(i), i);
        }
        return Map.of("id2label", id2label, "label2id", label2id);
    }

    /** The jar's version, or the build's when run from classes. */
    public static String version() {
        String version = InfoHandler.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0-SNAPSHOT" : version;
    }

    @Override
    public void handle(Context ctx) {
        Http.json(ctx, info);
    }
}
