package dev.sentence4j.server.cli;

import dev.sentence4j.core.cli.ModelOptions;
import dev.sentence4j.server.EmbeddingServer;
import dev.sentence4j.server.ServerConfig;
import dev.sentence4j.server.backend.BackendInfo;
import dev.sentence4j.server.backend.Backends;
import dev.sentence4j.server.backend.ModelBackend;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sentence4j serve}: the embeddings server, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Serve a model over HTTP with the API of Hugging Face text-embeddings-inference (TEI) and OpenAI's embeddings API, so existing TEI and OpenAI clients work unchanged.",
            "",
            "The model's kind decides what it answers: an embedding model /embed, /embed_all, /similarity and /v1/embeddings; a sparse (SPLADE) model /embed_sparse; a cross-encoder /rerank (one label) and /predict. Other inference routes answer 424 naming the model's kind.",
            "",
            "Concurrent requests are batched: one queue, and each forward pass takes as many queued inputs as fit --max-batch-tokens (inputs x longest input, padding included). Results equal offline encode.",
            "",
            "Ctrl-C stops gracefully: no new connections, requests in flight finish.",
            ""},
        footer = {
            "",
            "Routes:",
            "  POST /embed          {\"inputs\": \"text\" | [\"a\", \"b\"]} -> [[float]]",
            "  POST /               the model's main task (/embed, /embed_sparse, /rerank or /predict)",
            "  POST /embed_all      token embeddings -> [[[float]]]",
            "  POST /similarity     {\"inputs\": {\"source_sentence\": \"q\",",
            "                                   \"sentences\": [..]}} -> [float]",
            "  POST /embed_sparse   sparse (SPLADE) models: [[{\"index\": i, \"value\": v}]]",
            "  POST /rerank         cross-encoders: {\"query\": \"q\", \"texts\": [..],",
            "                       \"return_text\": false, \"raw_scores\": false} -> [{index, score}]",
            "  POST /predict        cross-encoders: {\"inputs\": \"a\" | [\"a\", \"b\"] | [[..], ..]}",
            "                       -> [{score, label}]",
            "  POST /tokenize, /decode; GET /info, /health, /metrics (Prometheus)",
            "  POST /v1/embeddings  OpenAI: {\"input\": .., \"encoding_format\": \"float\"}",
            "  GET  /               the playground: similarity table, heatmaps, search",
            "  GET  /openapi.json   the API as OpenAPI 3; GET /docs renders it",
            "",
            "Example:",
            "  sentence4j serve --port 8080 &",
            "  curl -s localhost:8080/embed -H 'Content-Type: application/json' \\",
            "       -d '{\"inputs\": \"Hello\"}'",
        })
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions model;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Interface to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--max-batch-tokens", paramLabel = "N", defaultValue = "16384",
            description = "Token budget of one forward pass, padding included (default: ${DEFAULT-VALUE}).")
    int maxBatchTokens;

    @Option(names = "--max-client-batch-size", paramLabel = "N", defaultValue = "32",
            description = "Most inputs in one request; more is a 422 (default: ${DEFAULT-VALUE}).")
    int maxClientBatchSize;

    @Option(names = "--max-concurrent-requests", paramLabel = "N", defaultValue = "512",
            description = "Most requests in flight; the next one gets 429 Overloaded (default: ${DEFAULT-VALUE}).")
    int maxConcurrentRequests;

    @Option(names = "--payload-limit", paramLabel = "SIZE", defaultValue = "2MB",
            description = "Largest request body, e.g. 2MB, 512KB, 1MiB; larger is a 413 (default: ${DEFAULT-VALUE}).")
    String payloadLimit;

    @Option(names = "--api-key", paramLabel = "K",
            description = "Require \"Authorization: Bearer K\" on the API routes; without it: 401.")
    String apiKey;

    @Option(names = "--auto-truncate", paramLabel = "BOOL", arity = "0..1", defaultValue = "true", fallbackValue = "true",
            description = "Cut inputs longer than the model's max input length when a request does not send \"truncate\";"
                    + " --auto-truncate=false answers them 422, as TEI before 1.x (default: ${DEFAULT-VALUE}).")
    boolean autoTruncate;

    @Option(names = "--allowed-hosts", paramLabel = "HOST", split = ",",
            description = "Host names clients may use besides localhost, 127.0.0.1 and [::1]. When bound to loopback"
                    + " only loopback names are accepted (a web page cannot reach the server through DNS rebinding);"
                    + " when set, only these and the loopback names are.")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = {"--cors-origin", "--cors-allow-origin"}, paramLabel = "ORIGIN", split = ",",
            description = "Browser origins allowed to call the API from their pages, e.g. https://app.example.com, or *."
                    + " Other cross-origin browser requests are refused 403 (default: same-origin only).")
    List<String> corsOrigins = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, maxBatchTokens, maxClientBatchSize, maxConcurrentRequests,
                    ServerConfig.parseByteSize(payloadLimit), apiKey, model.model, autoTruncate, allowedHosts, corsOrigins);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        out.println("loading " + model.model + " ...");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        try (ModelBackend backend = Backends.load(model.model, model.loadOptions())) {
            EmbeddingServer server = EmbeddingServer.start(config, backend);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "sentence4j-serve-shutdown"));
            BackendInfo info = backend.info();
            String shape = info.labels().isEmpty() ? "dimension " + info.dimension() : "labels " + info.labels();
            out.println("serving " + info.modelId() + " (" + info.kind() + ", " + shape + ", max input "
                    + info.maxInputLength() + " tokens) on " + server.uri());
            out.println("playground: " + server.uri() + "   stop: Ctrl-C");
            out.flush();
            stopped.await();
        }
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ServeCommand()).execute(args));
    }
}
