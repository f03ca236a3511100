package dev.sentence4j.server.handler;

import dev.sentence4j.server.metrics.ServerMetrics;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** GET /metrics: Prometheus text exposition format 0.0.4. */
public final class MetricsHandler implements Handler {
    private final ServerMetrics metrics;

    public MetricsHandler(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void handle(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.render());
    }
}
