package dev.sentence4j.server.handler;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.server.Inference;
import dev.sentence4j.server.api.EmbedRequest;
import dev.sentence4j.server.backend.EncodeSpec;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;

/** POST /embed: sentence embeddings, {@code [[float]]} in input order. */
public final class EmbedHandler implements Handler, JsonTask {
    private final Inference inference;

    public EmbedHandler(Inference inference) {
        this.inference = inference;
    }

    @Override
    public void handle(Context ctx) {
        answer(ctx, Http.readObject(ctx, inference.config().payloadLimit()));
    }

    @Override
    public void answer(Context ctx, JsonNode body) {
        inference.require("/embed");
        EmbedRequest req = EmbedRequest.read(body);
        inference.checkDimensions(req.dimensions());
        Inference.Prepared p = inference.prepare(req.inputs(), "inputs", req.truncate(), req.truncationDirection(),
                req.promptName());
        List<float[]> vectors = inference.embed(p, EncodeSpec.sentences(req.normalize(), req.promptName(), req.dimensions()));
        p.timings().writeTo(ctx);
        Http.json(ctx, vectors);
    }
}
