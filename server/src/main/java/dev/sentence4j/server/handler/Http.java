package dev.sentence4j.server.handler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentence4j.server.api.ApiError;
import dev.sentence4j.server.api.JsonFields;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Request and response plumbing the handlers share. */
public final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Request attribute: the body reader started reading (a client expecting 100-continue was asked to send). */
    public static final String BODY_STARTED = "sentence4j.body-started";
    /** Request attribute: an error body was written for this request. */
    public static final String ANSWERED = "sentence4j.answered";

    private Http() {}

    /**
     * The body as a JSON object, at most {@code limit} bytes: 413 past that (checked on the
     * declared length first, then while reading, for chunked bodies).
     */
    public static JsonNode readObject(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw ApiError.payloadTooLarge(limit, declared + " bytes");
        }
        byte[] body;
        ctx.attribute(BODY_STARTED, Boolean.TRUE);
        try {
            // Not closed here: the container owns the stream, and a refused body is drained later.
            InputStream in = ctx.req().getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
            byte[] buf = new byte[16384];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > limit) {
                    throw ApiError.payloadTooLarge(limit, "more than " + limit + " bytes");
                }
                out.write(buf, 0, n);
            }
            body = out.toByteArray();
        } catch (IOException e) {
            throw ApiError.malformed("request body cannot be read: " + e.getMessage());
        }
        return JsonFields.parseObject(body);
    }

    public static void json(Context ctx, Object value) {
        try {
            ctx.contentType("application/json").result(JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static void writeError(Context ctx, ApiError e) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        try {
            ctx.status(e.status()).contentType("application/json").result(JSON.writeValueAsBytes(e.body()));
        } catch (JsonProcessingException x) {
            ctx.status(e.status()).result(e.getMessage());
        }
    }
}
