package dev.sentence4j.server.handler;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.core.crossencoder.TextPair;
import dev.sentence4j.server.Inference;
import dev.sentence4j.server.api.ApiError;
import dev.sentence4j.server.api.Rank;
import dev.sentence4j.server.api.RerankRequest;
import dev.sentence4j.server.backend.EncodeSpec;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * POST /rerank: the cross-encoder's score of {@code (query, text)} for each text, as TEI's
 * {@code [{index, score, text?}]} sorted by score, highest first; equal scores keep the order of
 * {@code texts}, as CrossEncoder.rank does.
 */
public final class RerankHandler implements Handler, JsonTask {
    private final Inference inference;

    public RerankHandler(Inference inference) {
        this.inference = inference;
    }

    @Override
    public void handle(Context ctx) {
        answer(ctx, Http.readObject(ctx, inference.config().payloadLimit()));
    }

    @Override
    public void answer(Context ctx, JsonNode body) {
        inference.require("/rerank");
        RerankRequest req = RerankRequest.read(body);
        List<TextPair> pairs = new ArrayList<>(req.texts().size());
        for (String text : req.texts()) {
            pairs.add(new TextPair(req.query(), text));
        }
        Inference.Prepared p = inference.preparePairs(pairs, "texts", req.truncate(), req.truncationDirection());
        List<float[]> scores = inference.score(p, new EncodeSpec.Scores(req.rawScores()));
        p.timings().writeTo(ctx);
        List<Rank> ranks = new ArrayList<>(scores.size());
        for (int i = 0; i < scores.size(); i++) {
            float score = scores.get(i)[0];
            if (Float.isNaN(score)) {
                throw ApiError.backend("the score of texts[" + i + "] is NaN");
            }
            ranks.add(new Rank(i, req.returnText() ? req.texts().get(i) : null, score));
        }
        ranks.sort(Comparator.comparingDouble((Rank r) -> r.score()).reversed().thenComparingInt(Rank::index));
        Http.json(ctx, ranks);
    }
}
