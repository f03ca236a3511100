package dev.sentence4j.core.crossencoder;

import dev.sentence4j.common.error.UsageException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The order of {@link CrossEncoder#rank}, in one place for the library, the CLI and the server:
 * by score, highest first (ST sorts by score, reverse), equal scores by corpus id; the first
 * {@code topK} (all for {@code topK <= 0} or more than there are).
 */
public final class Ranking {
    /** Highest score first; equal scores in corpus order (ST's sort is stable). */
    public static final Comparator<RankedDocument> ORDER = Comparator.comparing(RankedDocument::score,
            Comparator.reverseOrder()).thenComparingInt(RankedDocument::corpusId);

    private Ranking() {}

    /**
     * Ranks {@code documents} by {@code scores} (one label, one row per document).
     *
     * @param returnDocuments whether each result carries its document's text
     */
    public static List<RankedDocument> of(Scores scores, List<String> documents, int topK, boolean returnDocuments) {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(documents, "documents");
        requireOneLabel(scores.labels(), null);
        if (scores.rows() != documents.size()) {
            throw new IllegalArgumentException("scores: expected one row per document, " + documents.size()
                    + ", found " + scores.rows());
        }
        List<RankedDocument> out = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            out.add(new RankedDocument(i, scores.get(i, 0), returnDocuments ? documents.get(i) : null));
        }
        out.sort(ORDER);
        return topK <= 0 || topK >= out.size() ? out : List.copyOf(out.subList(0, topK));
    }

    /**
     * ST's rank works only on a model with one label (a relevance score); a classifier's scores
     * have no single order. {@code model} names the model in the message, or null.
     */
    static void requireOneLabel(int labels, CrossEncoderInfo model) {
        if (labels != 1) {
            throw new UsageException("ranking needs a model with one label (a relevance score); "
                    + (model == null ? "the scores have " + labels + " labels"
                            : model.name() + " has " + labels + " labels " + model.labels())
                    + ": score the pairs with predict instead");
        }
    }
}
