package dev.sentence4j.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.server.backend.BackendInfo;

/**
 * What the served model does, and so what {@code POST /} runs: TEI answers its root route with
 * the model's main task (router/src/http/server.rs: embed for embedding models, predict for
 * classifiers, rerank for rerankers, embed_sparse for SPLADE). A new kind is one constant here
 * naming its route, plus its case in {@link #of}.
 */
public enum ModelKind {
    /**
     * /embed; and /similarity for a body whose {@code inputs} is {@code {source_sentence,
     * sentences}}: Hugging Face's Inference API treats feature-extraction and
     * sentence-similarity as one pipeline on one URL, and its JS client's sentenceSimilarity
     * posts that body to the endpoint's root.
     */
    EMBEDDING("/embed") {
        @Override
        String route(JsonNode body) {
            return body.path("inputs").isObject() ? "/similarity" : "/embed";
        }
    };

    private final String mainRoute;

    ModelKind(String mainRoute) {
        this.mainRoute = mainRoute;
    }

    /** The route of the kind's main task. */
    public String mainRoute() {
        return mainRoute;
    }

    /** The route whose handler answers {@code POST /} with this body. */
    String route(JsonNode body) {
        return mainRoute;
    }

    /** The kind of a served model; every backend today is a sentence embedding model. */
    public static ModelKind of(BackendInfo info) {
        return EMBEDDING;
    }
}
