package dev.sentence4j.langchain4j;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.scoring.ScoringModel;
import dev.sentence4j.core.crossencoder.CrossEncoder;
import dev.sentence4j.core.crossencoder.PredictOptions;
import dev.sentence4j.core.crossencoder.Scores;
import dev.sentence4j.core.crossencoder.TextPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A LangChain4j {@code ScoringModel} on a {@link CrossEncoder}, for LangChain4j's reranking
 * ({@code ReRankingContentAggregator}): each segment is scored against the query as
 * sentence-transformers' {@code CrossEncoder.rank} scores a document (the pair
 * {@code (query, text)}, the model's activation applied unless the options say otherwise), and a
 * whole {@code scoreAll} list is one predict call, batched as ST batches it.
 *
 * <p>The cross-encoder must have one label (a relevance score); it is the caller's: this model
 * never closes it.
 */
public final class CrossEncoderScoringModel implements ScoringModel {
    private final CrossEncoder encoder;
    private final PredictOptions options;

    /** Scores with predict's defaults (batch size 32, the model's activation: Sigmoid for a reranker). */
    public CrossEncoderScoringModel(CrossEncoder encoder) {
        this(encoder, PredictOptions.defaults());
    }

    public CrossEncoderScoringModel(CrossEncoder encoder, PredictOptions options) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.options = Objects.requireNonNull(options, "options");
        if (encoder.info().numLabels() != 1) {
            throw new IllegalArgumentException("a ScoringModel needs a cross-encoder with one label (a relevance "
                    + "score); " + encoder.info().name() + " has " + encoder.info().numLabels() + " labels "
                    + encoder.info().labels());
        }
    }

    /** The scores of {@code segments} against {@code query}, in segment order. */
    @Override
    public Response<List<Double>> scoreAll(List<TextSegment> segments, String query) {
        Objects.requireNonNull(segments, "segments");
        Objects.requireNonNull(query, "query");
        List<TextPair> pairs = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            TextSegment s = segments.get(i);
            if (s == null) {
                throw new IllegalArgumentException("segments[" + i + "] is null");
            }
            pairs.add(new TextPair(query, s.text()));
        }
        Scores scores = encoder.predict(pairs, options);
        List<Double> out = new ArrayList<>(scores.rows());
        for (int i = 0; i < scores.rows(); i++) {
            out.add((double) scores.get(i, 0));
        }
        return Response.from(out);
    }

    /** The cross-encoder scored with. */
    public CrossEncoder encoder() {
        return encoder;
    }
}
