package dev.sentence4j.server.handler;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.server.Inference;
import dev.sentence4j.server.api.EmbedAllRequest;
import dev.sentence4j.core.TokenEmbeddings;
import dev.sentence4j.server.backend.EncodeSpec;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/** POST /embed_all: token embeddings, {@code [[[float]]]}: input, token, dimension. */
public final class EmbedAllHandler implements Handler {
    private final Inference inference;

    public EmbedAllHandler(Inference inference) {
        this.inference = inference;
    }

    @Override
    public void handle(Context ctx) {
        JsonNode body = Http.readObject(ctx, inference.config().payloadLimit());
        inference.require("/embed_all");
        EmbedAllRequest req = EmbedAllRequest.read(body);
        Inference.Prepared p = inference.prepare(req.inputs(), "inputs", req.truncate(), req.truncationDirection(),
                req.promptName());
        p.timings().writeTo(ctx);
        List<List<float[]>> out = new ArrayList<>();
        for (TokenEmbeddings m : inference.embedTokens(p, EncodeSpec.tokens(req.promptName()))) {
            List<float[]> rows = new ArrayList<>(m.length());
            for (int t = 0; t < m.length(); t++) {
                rows.add(m.row(t));
            }
            out.add(rows);
        }
        Http.json(ctx, out);
    }
}
