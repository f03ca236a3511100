package dev.sentence4j.server.handler;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

/** A route that answers a JSON body already read, so that POST / can read once and hand it on. */
public interface JsonTask {
    void answer(Context ctx, JsonNode body);
}
