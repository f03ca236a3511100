package dev.sentence4j.server;

import dev.sentence4j.server.backend.BackendInfo;

/**
 * What the served model does, and so what {@code POST /} runs: TEI answers its root route with
 * the model's main task (router/src/http/server.rs: embed for embedding models, predict for
 * classifiers, rerank for rerankers, embed_sparse for SPLADE). A new kind is one constant here
 * naming its route, plus its case in {@link #of}.
 */
public enum ModelKind {
    EMBEDDING("/embed");

    private final String rootRoute;

    ModelKind(String rootRoute) {
        this.rootRoute = rootRoute;
    }

    /** The route whose handler answers {@code POST /} for this kind. */
    public String rootRoute() {
        return rootRoute;
    }

    /** The kind of a served model; every backend today is a sentence embedding model. */
    public static ModelKind of(BackendInfo info) {
        return EMBEDDING;
    }
}
