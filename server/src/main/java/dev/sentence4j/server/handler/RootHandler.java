package dev.sentence4j.server.handler;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** POST /: reads the body once and hands it to the route the model's kind picks for it. */
public final class RootHandler implements Handler {
    private final Function<JsonNode, String> route;
    private final Map<String, JsonTask> tasks;
    private final long payloadLimit;

    /**
     * @param route picks the route for a body (ServedTask's rule)
     * @param tasks the routes POST / may hand a body to
     */
    public RootHandler(Function<JsonNode, String> route, Map<String, JsonTask> tasks, long payloadLimit) {
        this.route = Objects.requireNonNull(route, "route");
        this.tasks = Map.copyOf(tasks);
        this.payloadLimit = payloadLimit;
    }

    @Override
    public void handle(Context ctx) {
        JsonNode body = Http.readObject(ctx, payloadLimit);
        String target = route.apply(body);
        JsonTask task = tasks.get(target);
        if (task == null) {
            throw new IllegalStateException("POST / picked " + target + ", which has no handler; handlers: " + tasks.keySet());
        }
        task.answer(ctx, body);
    }
}
