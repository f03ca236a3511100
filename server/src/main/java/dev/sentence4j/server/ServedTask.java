package dev.sentence4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.server.backend.BackendInfo;
import java.util.List;

/**
 * What the served model does, and so which inference routes it answers and what {@code POST /}
 * runs. TEI answers its root route with the model's main task (router/src/http/server.rs: embed
 * for embedding models, embed_sparse for SPLADE, rerank for rerankers, predict for classifiers)
 * and answers the other inference routes 424 naming what the model is; {@link Inference#require}
 * does that here, from {@link #routes}.
 */
public enum ServedTask {
    /**
     * /embed; and /similarity for a body whose {@code inputs} is {@code {source_sentence,
     * sentences}}: Hugging Face's Inference API treats feature-extraction and
     * sentence-similarity as one pipeline on one URL, and its JS client's sentenceSimilarity
     * posts that body to the endpoint's root.
     */
    EMBEDDING("an embedding model", "/embed", List.of("/embed", "/embed_all", "/similarity", "/v1/embeddings")) {
        @Override
        String route(JsonNode body) {
            return body.path("inputs").isObject() ? "/similarity" : "/embed";
        }
    },
    SPARSE("a sparse embedding model (SPLADE)", "/embed_sparse", List.of("/embed_sparse")),
    /** A cross-encoder with one label: TEI serves it as a reranker, and /predict scores it too. */
    RERANKER("a reranker (a cross-encoder with one label)", "/rerank", List.of("/rerank", "/predict")),
    /** A cross-encoder with several labels. */
    CLASSIFIER("a classifier (a cross-encoder with several labels)", "/predict", List.of("/predict"));

    private final String description;
    private final String mainRoute;
    private final List<String> routes;

    ServedTask(String description, String mainRoute, List<String> routes) {
        this.description = description;
        this.mainRoute = mainRoute;
        this.routes = routes;
    }

    /** What the model is, for error messages: "a reranker (a cross-encoder with one label)". */
    public String description() {
        return description;
    }

    /** The route of the task's main job. */
    public String mainRoute() {
        return mainRoute;
    }

    /** The inference routes this model answers. */
    public List<String> routes() {
        return routes;
    }

    /** The route whose handler answers {@code POST /} with this body. */
    String route(JsonNode body) {
        return mainRoute;
    }

    /** The task of a served model, from its kind (and a cross-encoder's label count, as TEI decides). */
    public static ServedTask of(BackendInfo info) {
        return switch (info.kind()) {
            case EMBEDDING -> EMBEDDING;
            case SPARSE -> SPARSE;
            case CROSS_ENCODER -> info.labels().size() == 1 ? RERANKER : CLASSIFIER;
        };
    }
}
