package dev.sentence4j.server.handler;

import dev.sentence4j.server.Inference;
import dev.sentence4j.server.api.InfoResponse;
import dev.sentence4j.server.backend.BackendInfo;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;

/** GET /info: the model and the router's limits, with TEI's field names. */
public final class InfoHandler implements Handler {
    private final InfoResponse info;

    public InfoHandler(Inference inference) {
        BackendInfo b = inference.info();
        this.info = new InfoResponse(b.modelId(), null, b.dtype(), Map.of("embedding", Map.of("pooling", b.pooling())),
                inference.config().maxConcurrentRequests(), b.maxInputLength(), inference.config().maxBatchTokens(), null,
                inference.config().maxClientBatchSize(), inference.config().autoTruncate(),
                Runtime.getRuntime().availableProcessors(), version(), null, null, b.dimension(), b.prompts(),
                b.defaultPromptName());
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
