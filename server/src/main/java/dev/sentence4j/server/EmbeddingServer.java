package dev.sentence4j.server;

import dev.sentence4j.server.RouteGuard.Kind;
import dev.sentence4j.server.backend.ModelBackend;
import dev.sentence4j.server.batch.Batcher;
import dev.sentence4j.server.handler.DecodeHandler;
import dev.sentence4j.server.handler.DocsHandler;
import dev.sentence4j.server.handler.EmbedAllHandler;
import dev.sentence4j.server.handler.EmbedHandler;
import dev.sentence4j.server.handler.EmbedSparseHandler;
import dev.sentence4j.server.handler.HealthHandler;
import dev.sentence4j.server.handler.InfoHandler;
import dev.sentence4j.server.handler.MetricsHandler;
import dev.sentence4j.server.handler.OpenAiEmbeddingsHandler;
import dev.sentence4j.server.handler.OpenApiHandler;
import dev.sentence4j.server.handler.PlaygroundHandler;
import dev.sentence4j.server.handler.PredictHandler;
import dev.sentence4j.server.handler.RerankHandler;
import dev.sentence4j.server.handler.RootHandler;
import dev.sentence4j.server.handler.SimilarityHandler;
import dev.sentence4j.server.handler.TokenizeHandler;
import dev.sentence4j.server.metrics.ServerMetrics;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: TEI's routes, OpenAI's /v1/embeddings, metrics and the playground, on Javalin
 * (Jetty 12) with a virtual thread per request. It serves one model of any kind (embedding,
 * sparse, cross-encoder): every route is there, and those of another kind answer 424 naming
 * what the model is ({@link ServedTask}). Requests wait for their rows on virtual threads,
 * so thousands can wait cheaply while one batcher thread feeds the model.
 *
 * <p>{@link #close()} shuts down gracefully: the listening socket closes (new connections are
 * refused), requests on open connections are answered 503, requests in flight finish, the
 * batcher runs what is queued, then Jetty stops. The backend is the caller's to close.
 */
public final class EmbeddingServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingServer.class);
    /** How long close() waits for requests in flight. */
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);

    private final ServerConfig config;
    private final ServerMetrics metrics;
    private final Batcher batcher;
    private final Javalin app;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private int port = -1;
    private final ServedRoutes routes;

    private EmbeddingServer(ServerConfig config, ModelBackend backend) {
        this.config = config;
        this.metrics = new ServerMetrics();
        this.batcher = new Batcher(backend, config.maxBatchTokens(), metrics);
        Inference inference = new Inference(backend, batcher, config);
        this.routes = new ServedRoutes();
        RouteGuard guard = new RouteGuard(config, metrics, draining, routes);
        PlaygroundHandler playground = new PlaygroundHandler();
        DocsHandler docs = new DocsHandler();
        EmbedHandler embed = new EmbedHandler(inference);
        SimilarityHandler similarity = new SimilarityHandler(inference);
        EmbedSparseHandler embedSparse = new EmbedSparseHandler(inference);
        RerankHandler rerank = new RerankHandler(inference);
        PredictHandler predict = new PredictHandler(inference);
        RootHandler root = new RootHandler(inference.task()::route, Map.of("/embed", embed, "/similarity", similarity,
                "/embed_sparse", embedSparse, "/rerank", rerank, "/predict", predict), config.payloadLimit());
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.concurrency.useVirtualThreads = true;
            cfg.http.maxRequestSize = config.payloadLimit();
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            // TEI's POST /: the served model's main task.
            cfg.routes.post("/", guard.wrap("/", Kind.INFERENCE, root));
            cfg.routes.post("/embed", guard.wrap("/embed", Kind.INFERENCE, embed));
            cfg.routes.post("/embed_all", guard.wrap("/embed_all", Kind.INFERENCE, new EmbedAllHandler(inference)));
            cfg.routes.post("/similarity", guard.wrap("/similarity", Kind.INFERENCE, similarity));
            cfg.routes.post("/embed_sparse", guard.wrap("/embed_sparse", Kind.INFERENCE, embedSparse));
            cfg.routes.post("/rerank", guard.wrap("/rerank", Kind.INFERENCE, rerank));
            cfg.routes.post("/predict", guard.wrap("/predict", Kind.INFERENCE, predict));
            cfg.routes.post("/v1/embeddings",
                    guard.wrap("/v1/embeddings", Kind.INFERENCE, new OpenAiEmbeddingsHandler(inference)));
            cfg.routes.post("/tokenize", guard.wrap("/tokenize", Kind.API, new TokenizeHandler(inference)));
            cfg.routes.post("/decode", guard.wrap("/decode", Kind.API, new DecodeHandler(inference)));
            cfg.routes.get("/info", guard.wrap("/info", Kind.API, new InfoHandler(inference)));
            cfg.routes.get("/metrics", guard.wrap("/metrics", Kind.API, new MetricsHandler(metrics)));
            cfg.routes.get("/health", guard.wrap("/health", Kind.OPEN,
                    new HealthHandler(() -> batcher.isAlive() && !draining.get())));
            cfg.routes.get("/openapi.json", guard.wrap("/openapi.json", Kind.OPEN, new OpenApiHandler(InfoHandler.version())));
            cfg.routes.get("/docs", guard.wrap("/docs", Kind.OPEN, docs));
            cfg.routes.get("/docs/{file}", guard.wrap("/docs", Kind.OPEN, docs));
            cfg.routes.get("/", guard.wrap("/", Kind.OPEN, playground));
            cfg.routes.get("/playground/{file}", guard.wrap("/playground", Kind.OPEN, playground));
            cfg.routes.before(ctx -> {
                if (ctx.method() == HandlerType.OPTIONS) {
                    guard.options(ctx);
                    ctx.skipRemainingHandlers();
                }
            });
            cfg.routes.error(404, guard::unmatched);
        });
        routes.bind(app);
    }

    /** Starts a server on {@code config.host():config.port()} (port 0: a free port). */
    public static EmbeddingServer start(ServerConfig config, ModelBackend backend) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(backend, "backend");
        int maxInput = backend.info().maxInputLength();
        if (config.maxBatchTokens() < maxInput) {
            // TEI refuses this too: one input of the longest allowed length must fit a batch.
            throw new IllegalArgumentException("maxBatchTokens (" + config.maxBatchTokens()
                    + ") must be >= the model's max input length (" + maxInput + ")");
        }
        EmbeddingServer server = new EmbeddingServer(config, backend);
        try {
            server.app.start();
            server.port = server.app.port();
        } catch (RuntimeException e) {
            server.batcher.close();
            throw e;
        }
        LOG.info("serving {} on {}", backend.info().modelId(), server.uri());
        return server;
    }

    /** The bound port (the one picked when the config asked for 0); unchanged after close. */
    public int port() {
        return port;
    }

    public URI uri() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Every route served, as "METHOD path" in Javalin's path syntax; OpenApiTest compares them with /openapi.json. */
    List<String> routes() {
        return routes.all();
    }

    public ServerMetrics metrics() {
        return metrics;
    }

    public ServerConfig config() {
        return config;
    }

    /** Stops accepting, finishes what is in flight, then stops. Safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        draining.set(true);
        for (Connector c : app.jettyServer().server().getConnectors()) {
            if (c instanceof NetworkConnector nc) {
                nc.close(); // the listening socket only: accepted connections stay open
            }
        }
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        while (metrics.inFlight().get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (metrics.inFlight().get() > 0) {
            LOG.warn("{} requests still in flight after {}; stopping anyway", metrics.inFlight().get(), DRAIN_TIMEOUT);
        }
        batcher.close();
        app.stop();
        LOG.info("stopped");
    }
}
