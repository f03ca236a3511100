package dev.sentence4j.server.handler;

import dev.sentence4j.core.similarity.Similarity;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.server.Inference;
import dev.sentence4j.server.api.SimilarityRequest;
import dev.sentence4j.server.backend.EncodeSpec;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/**
 * POST /similarity: the cosine similarity of {@code source_sentence} with each of
 * {@code sentences}, {@code [float]}, as TEI's sentence-similarity route.
 */
public final class SimilarityHandler implements Handler, JsonTask {
    private final Inference inference;

    public SimilarityHandler(Inference inference) {
        this.inference = inference;
    }

    @Override
    public void handle(Context ctx) {
        answer(ctx, Http.readObject(ctx, inference.config().payloadLimit()));
    }

    @Override
    public void answer(Context ctx, JsonNode body) {
        inference.require("/similarity");
        SimilarityRequest req = SimilarityRequest.read(body);
        List<String> texts = new ArrayList<>(req.sentences().size() + 1);
        texts.add(req.sourceSentence());
        texts.addAll(req.sentences());
        // TEI embeds the source sentence and the sentences as one batch of 1 + n inputs.
        Inference.Prepared p = inference.prepare(texts, "inputs.sentences", req.truncate(), req.truncationDirection(),
                req.promptName());
        List<float[]> vectors = inference.embed(p, EncodeSpec.sentences(true, req.promptName(), null));
        p.timings().writeTo(ctx);
        float[] scores = new float[req.sentences().size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Similarity.COSINE.score(vectors.get(0), vectors.get(i + 1));
        }
        Http.json(ctx, scores);
    }
}
