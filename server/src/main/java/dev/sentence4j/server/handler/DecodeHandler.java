package dev.sentence4j.server.handler;

import dev.sentence4j.server.Inference;
import dev.sentence4j.server.api.ApiError;
import dev.sentence4j.server.api.DecodeRequest;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/** POST /decode: token ids back to text, {@code [string]}. */
public final class DecodeHandler implements Handler {
    private final Inference inference;

    public DecodeHandler(Inference inference) {
        this.inference = inference;
    }

    @Override
    public void handle(Context ctx) {
        DecodeRequest req = DecodeRequest.read(Http.readObject(ctx, inference.config().payloadLimit()));
        if (req.ids().size() > inference.config().maxClientBatchSize()) {
            throw ApiError.validation("`ids` has " + req.ids().size() + " sequences, more than max_client_batch_size "
                    + inference.config().maxClientBatchSize() + "; split the request");
        }
        List<String> out = new ArrayList<>(req.ids().size());
        for (int i = 0; i < req.ids().size(); i++) {
            try {
                out.add(inference.backend().decode(req.ids().get(i), req.skipSpecialTokens()));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw ApiError.tokenizer("`ids" + (req.ids().size() > 1 ? "[" + i + "]" : "") + "` cannot be decoded: "
                        + e.getMessage());
            }
        }
        Http.json(ctx, out);
    }
}
