package dev.sentence4j.server.handler;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * GET /openapi.json: the API as OpenAPI 3.1. The document is written by server/scripts/openapi.py
 * and checked against the routes Javalin serves by OpenApiTest; the version is the jar's.
 */
public final class OpenApiHandler implements Handler {
    static final String RESOURCE = "dev/sentence4j/server/openapi.json";

    private final byte[] document;

    public OpenApiHandler(String version) {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = OpenApiHandler.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            ObjectNode doc = (ObjectNode) json.readTree(in);
            ((ObjectNode) doc.get("info")).put("version", version);
            this.document = json.writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    @Override
    public void handle(Context ctx) {
        ctx.contentType("application/json").result(document);
    }
}
