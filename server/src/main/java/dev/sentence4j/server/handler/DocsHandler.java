package dev.sentence4j.server.handler;

import dev.sentence4j.server.api.ApiError;
import dev.sentence4j.server.api.ErrorType;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * GET /docs and GET /docs/{file}: /openapi.json rendered by Swagger UI, every file from the jar:
 * our page and initializer, and Swagger UI's bundle and stylesheet from the org.webjars:swagger-ui
 * WebJar (Apache-2.0), so the page works offline and loads nothing from the internet.
 */
public final class DocsHandler implements Handler {
    static final String OURS = "dev/sentence4j/server/docs/";
    static final String WEBJAR_POM = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

    /** file name to classpath resource; nothing else is served. */
    private final Map<String, String> files;
    private final Map<String, byte[]> bytes;

    public DocsHandler() {
        String swagger = "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
        this.files = Map.of(
                "index.html", OURS + "index.html",
                "init.js", OURS + "init.js",
                "swagger-ui.css", swagger + "swagger-ui.css",
                "swagger-ui-bundle.js", swagger + "swagger-ui-bundle.js",
                "favicon-32x32.png", swagger + "favicon-32x32.png");
        this.bytes = new java.util.concurrent.ConcurrentHashMap<>();
    }

    @Override
    public void handle(Context ctx) {
        String file = ctx.pathParamMap().getOrDefault("file", "index.html");
        String resource = files.get(file);
        if (resource == null) {
            throw new ApiError(404, ErrorType.NotFound, "no docs file \"" + file + "\"; the docs page is GET /docs");
        }
        byte[] body = bytes.computeIfAbsent(resource, DocsHandler::load);
        ctx.contentType(type(file)).header("Cache-Control", "no-cache").result(body);
    }

    private static String type(String file) {
        if (file.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (file.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (file.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return "image/png";
    }

    /** The WebJar's version, from its Maven metadata: the resource paths contain it. */
    static String webjarVersion() {
        Properties p = new Properties();
        try (InputStream in = DocsHandler.class.getClassLoader().getResourceAsStream(WEBJAR_POM)) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui WebJar is not on the classpath (" + WEBJAR_POM + " is missing)");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + WEBJAR_POM, e);
        }
        return p.getProperty("version");
    }

    private static byte[] load(String resource) {
        try (InputStream in = DocsHandler.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("docs resource " + resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the docs resource " + resource, e);
        }
    }
}
