package dev.sentence4j.server;

import dev.sentence4j.common.error.Fault;
import dev.sentence4j.common.error.Sentence4jException;
import dev.sentence4j.server.api.ApiError;
import dev.sentence4j.server.api.ErrorType;
import dev.sentence4j.server.handler.Http;
import dev.sentence4j.server.metrics.ServerMetrics;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps every route: Host and Origin (see {@link BrowserPolicy}), draining during shutdown, the
 * API key, {@code Content-Type: application/json} on JSON routes, the concurrency limit
 * (inference routes only), the error body, the lingering close of a refused body, and the
 * request metrics. Handlers throw {@link ApiError}; anything else that escapes is a server
 * fault and answered 500, never a client's mistake. Also answers what has no route: 404, 405
 * with {@code Allow}, and CORS preflights.
 */
final class RouteGuard {
    private static final Logger LOG = LoggerFactory.getLogger(RouteGuard.class);

    private final ServerConfig config;
    private final ServerMetrics metrics;
    private final Semaphore permits;
    private final AtomicBoolean draining;
    private final byte[] apiKey;
    private final BrowserPolicy browser;
    private final ServedRoutes routes;

    RouteGuard(ServerConfig config, ServerMetrics metrics, AtomicBoolean draining, ServedRoutes routes) {
        this.config = config;
        this.metrics = metrics;
        this.permits = new Semaphore(config.maxConcurrentRequests());
        this.draining = draining;
        this.apiKey = config.apiKey() == null ? null : ("Bearer " + config.apiKey()).getBytes(StandardCharsets.UTF_8);
        this.browser = new BrowserPolicy(config);
        this.routes = routes;
    }

    enum Kind {
        /** Runs the model: counted against max_concurrent_requests. */
        INFERENCE,
        /** Needs the API key, not a permit (/info, /metrics, /tokenize, /decode). */
        API,
        /** Open to all: /health, the playground, the API docs. */
        OPEN
    }

    Handler wrap(String route, Kind kind, Handler handler) {
        return ctx -> {
            long start = System.nanoTime();
            metrics.inFlight().incrementAndGet();
            boolean permitted = false;
            try {
                browser.checkHost(ctx);
                browser.checkOrigin(ctx);
                if (draining.get() && kind != Kind.OPEN) {
                    ctx.header("Connection", "close");
                    throw ApiError.unhealthy("the server is shutting down");
                }
                if (kind != Kind.OPEN && apiKey != null) {
                    checkApiKey(ctx);
                }
                if (ctx.method() == HandlerType.POST) {
                    requireJson(ctx.header("Content-Type"));
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
                if (ctx.statusCode() >= 400) {
                    LingeringClose.drain(ctx);
                }
                metrics.inFlight().decrementAndGet();
                metrics.request(route, ctx.statusCode(), System.nanoTime() - start);
            }
        };
    }

    /**
     * Javalin's answer for a request no route matched: 405 with {@code Allow} when the path has
     * routes for other methods, else 404, both as JSON error bodies. A 404 a handler wrote itself
     * (a missing playground file) is left as it is.
     */
    void unmatched(Context ctx) {
        if (ctx.attribute(Http.ANSWERED) != null) {
            return;
        }
        String allow = routes.allow(ctx.path());
        if (allow.isEmpty()) {
            Http.writeError(ctx, ApiError.notFound(ctx.method().name(), ctx.path()));
        } else {
            ctx.header("Allow", allow);
            Http.writeError(ctx, ApiError.methodNotAllowed(ctx.method().name(), ctx.path(), allow));
        }
        LingeringClose.drain(ctx);
    }

    /** OPTIONS on any path: a CORS preflight or a plain question of what the path answers. */
    void options(Context ctx) {
        try {
            browser.checkHost(ctx);
            String allow = routes.allow(ctx.path());
            if (allow.isEmpty()) {
                throw ApiError.notFound("OPTIONS", ctx.path());
            }
            browser.checkOrigin(ctx);
            browser.preflight(ctx, allow);
        } catch (ApiError e) {
            Http.writeError(ctx, e);
        }
    }

    private void checkApiKey(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && MessageDigest.isEqual(apiKey, header.getBytes(StandardCharsets.UTF_8))) {
            return;
        }
        // RFC 6750 section 3: a 401 names the scheme; invalid_token when a credential was sent.
        ctx.header("WWW-Authenticate", header == null ? "Bearer realm=\"sentence4j\""
                : "Bearer realm=\"sentence4j\", error=\"invalid_token\"");
        throw ApiError.unauthorized();
    }

    /** TEI's Json extractor wants application/json (or a +json type); anything else is 415. */
    static void requireJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw ApiError.unsupportedMediaType("no Content-Type header");
        }
        String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json") && !(media.startsWith("application/") && media.endsWith("+json"))) {
            throw ApiError.unsupportedMediaType("\"" + contentType + "\"");
        }
    }
}
