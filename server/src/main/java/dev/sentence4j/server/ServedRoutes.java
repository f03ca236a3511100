package dev.sentence4j.server;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.InternalRouter;
import java.util.ArrayList;
import java.util.List;

/**
 * The routes as Javalin holds them, for the {@code Allow} header of a 405 and of a preflight, and
 * for OpenApiTest to compare with /openapi.json. Asked of Javalin's router itself, so it cannot
 * drift from what is served.
 */
final class ServedRoutes {
    /** The methods a route may answer, in the order Allow lists them. */
    private static final List<HandlerType> METHODS = List.of(HandlerType.GET, HandlerType.HEAD, HandlerType.POST,
            HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

    private volatile InternalRouter router;

    void bind(Javalin app) {
        this.router = app.unsafe.internalRouter;
    }

    /** The methods answered at {@code path}, e.g. {@code "GET, POST"}, or "" when none. */
    String allow(String path) {
        List<String> methods = new ArrayList<>();
        for (HandlerType m : METHODS) {
            if (!router.findHttpHandlerEntries(m, path).isEmpty()) {
                methods.add(m.name());
            }
        }
        return String.join(", ", methods);
    }

    /** Every route, as "METHOD path" with Javalin's path syntax ({@code /docs/{file}}). */
    List<String> all() {
        List<String> out = new ArrayList<>();
        for (var e : router.allHttpHandlers()) {
            Endpoint endpoint = e.endpoint;
            if (METHODS.contains(endpoint.method)) {
                out.add(endpoint.method.name() + " " + endpoint.path);
            }
        }
        return out;
    }
}
