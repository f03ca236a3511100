package dev.sentence4j.server.handler;

import dev.sentence4j.server.api.ApiError;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.function.BooleanSupplier;

/** GET /health: 200 with an empty body while the batcher runs, 503 Unhealthy otherwise (TEI). */
public final class HealthHandler implements Handler {
    private final BooleanSupplier healthy;

    public HealthHandler(BooleanSupplier healthy) {
        this.healthy = healthy;
    }

    @Override
    public void handle(Context ctx) {
        if (!healthy.getAsBoolean()) {
            throw ApiError.unhealthy("unhealthy");
        }
        ctx.status(200).result("");
    }
}
