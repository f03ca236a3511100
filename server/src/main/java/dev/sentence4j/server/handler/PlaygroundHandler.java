package dev.sentence4j.server.handler;

import dev.sentence4j.server.api.ApiError;
import dev.sentence4j.server.api.ErrorType;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GET / and GET /playground/{file}: the web playground, plain HTML, CSS and JS read from the
 * jar (no CDN: it works offline and behind a firewall).
 */
public final class PlaygroundHandler implements Handler {
    static final String ROOT = "dev/sentence4j/server/playground/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml");

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    @Override
    public void handle(Context ctx) {
        String file = ctx.pathParamMap().getOrDefault("file", "index.html");
        int dot = file.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(file.substring(dot + 1));
        if (type == null || file.contains("/") || file.contains("..")) {
            throw new ApiError(404, ErrorType.Validation, "no playground file \"" + file + "\"");
        }
        byte[] bytes = cache.computeIfAbsent(file, PlaygroundHandler::load);
        if (bytes.length == 0) {
            throw new ApiError(404, ErrorType.Validation, "no playground file \"" + file + "\"");
        }
        ctx.contentType(type).header("Cache-Control", "no-cache").result(bytes);
    }

    private static byte[] load(String file) {
        try (InputStream in = PlaygroundHandler.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the playground resource " + ROOT + file, e);
        }
    }
}
