package dev.sentence4j.server;

import dev.sentence4j.common.error.Fault;
import dev.sentence4j.common.error.Sentence4jException;
import dev.sentence4j.server.api.ApiError;
import dev.sentence4j.server.api.ErrorType;
import dev.sentence4j.server.metrics.ServerMetrics;
import dev.sentence4j.server.handler.Http;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps every route: API key, draining during shutdown, the concurrency limit (inference routes
 * only), the error body, and the request metrics. Handlers throw {@link ApiError}; anything else
 * that escapes is a server fault and answered 500, never a client's mistake.
 */
final class RouteGuard {
    private static final Logger LOG = LoggerFactory.getLogger(RouteGuard.class);

    private final ServerConfig config;
    private final ServerMetrics metrics;
    private final Semaphore permits;
    private final AtomicBoolean draining;
    private final byte[] apiKey;

    RouteGuard(ServerConfig config, ServerMetrics metrics, AtomicBoolean draining) {
        this.config = config;
        this.metrics = metrics;
        this.permits = new Semaphore(config.maxConcurrentRequests());
        this.draining = draining;
        this.apiKey = config.apiKey() == null ? null : ("Bearer " + config.apiKey()).getBytes(StandardCharsets.UTF_8);
    }

    enum Kind {
        /** Runs the model: counted against max_concurrent_requests. */
        INFERENCE,
        /** Needs the API key, not a permit (/info, /metrics, /tokenize, /decode). */
        API,
        /** Open to all: /health and the playground's files. */
        OPEN
    }

    Handler wrap(String route, Kind kind, Handler handler) {
        return ctx -> {
            long start = System.nanoTime();
            metrics.inFlight().incrementAndGet();
            boolean permitted = false;
            try {
                if (draining.get() && kind != Kind.OPEN) {
                    ctx.header("Connection", "close");
                    throw ApiError.unhealthy("the server is shutting down");
                }
                if (kind != Kind.OPEN && apiKey != null && !authorized(ctx.header("Authorization"))) {
                    throw ApiError.unauthorized();
                }
                if (kind == Kind.INFERENCE) {
                    permitted = permits.tryAcquire();
                    if (!permitted) {
                        throw ApiError.overloaded(config.maxConcurrentRequests());
                    }
                }
                handler.handle(ctx);
            } catch (ApiError e) {
                Http.writeError(ctx, e);
            } catch (HttpResponseException e) {
                // Javalin's own answers, e.g. a body over its maxRequestSize.
                Http.writeError(ctx, e.getStatus() == 413
                        ? ApiError.payloadTooLarge(config.payloadLimit(), "a larger body")
                        : new ApiError(e.getStatus(), ErrorType.Validation, e.getMessage()));
            } catch (Sentence4jException e) {
                // A user-facing failure from the library (a bad input, a broken model file): its
                // fault says the status; a usage or input mistake is the client's, the rest ours.
                Fault f = e.fault();
                ErrorType type = f == Fault.USAGE || f == Fault.BAD_INPUT ? ErrorType.Validation : ErrorType.Backend;
                if (type == ErrorType.Backend) {
                    LOG.error("{} failed", route, e);
                }
                Http.writeError(ctx, new ApiError(f.httpStatus(), type, e.getMessage()));
            } catch (Exception e) {
                LOG.error("{} failed", route, e);
                Http.writeError(ctx, new ApiError(500, ErrorType.Backend, "internal error: " + e));
            } finally {
                if (permitted) {
                    permits.release();
                }
                metrics.inFlight().decrementAndGet();
                metrics.request(route, ctx.statusCode(), System.nanoTime() - start);
            }
        };
    }

    private boolean authorized(String header) {
        return header != null && MessageDigest.isEqual(apiKey, header.getBytes(StandardCharsets.UTF_8));
    }
}
