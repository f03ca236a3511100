package dev.sentence4j.server.handler;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.server.Inference;
import dev.sentence4j.server.api.ApiError;
import dev.sentence4j.server.api.Prediction;
import dev.sentence4j.server.api.PredictRequest;
import dev.sentence4j.server.backend.EncodeSpec;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * POST /predict: a cross-encoder's score for each label of each text or pair, as TEI's
 * {@code [{score, label}]} (highest first) for one input, {@code [[...]]} for a batch.
 */
public final class PredictHandler implements Handler, JsonTask {
    private final Inference inference;

    public PredictHandler(Inference inference) {
        this.inference = inference;
    }

    @Override
    public void handle(Context ctx) {
        answer(ctx, Http.readObject(ctx, inference.config().payloadLimit()));
    }

    @Override
    public void answer(Context ctx, JsonNode body) {
        inference.require("/predict");
        PredictRequest req = PredictRequest.read(body);
        Inference.Prepared p = inference.preparePairs(req.inputs(), "inputs", req.truncate(), req.truncationDirection());
        List<float[]> scores = inference.score(p, new EncodeSpec.Scores(req.rawScores()));
        p.timings().writeTo(ctx);
        List<String> labels = inference.info().labels();
        List<List<Prediction>> out = new ArrayList<>(scores.size());
        for (int i = 0; i < scores.size(); i++) {
            float[] row = scores.get(i);
            List<Prediction> predictions = new ArrayList<>(row.length);
            for (int label = 0; label < row.length; label++) {
                if (Float.isNaN(row[label])) {
                    throw ApiError.backend("the score of inputs[" + i + "] for label " + labels.get(label) + " is NaN");
                }
                predictions.add(new Prediction(row[label], labels.get(label)));
            }
            predictions.sort(Comparator.comparingDouble((Prediction x) -> x.score()).reversed());
            out.add(predictions);
        }
        Http.json(ctx, req.batch() ? out : out.get(0));
    }
}
