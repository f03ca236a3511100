package dev.sentence4j.spring.boot;

import dev.sentence4j.core.crossencoder.CrossEncoder;
import dev.sentence4j.core.crossencoder.PredictOptions;
import dev.sentence4j.core.crossencoder.RankedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.ai.document.Document;

/**
 * Reranking for a Spring application, on a {@link CrossEncoder}: Spring AI 2.0 has no reranker
 * interface (its RAG module leaves reranking to a user's {@code DocumentPostProcessor}), so this
 * small bean offers sentence-transformers' {@code rank} for texts, and the same order for Spring
 * AI {@link Document}s (e.g. a vector store's hits), each given the reranker's score.
 *
 * <p>The cross-encoder must have one label (a relevance score). This bean does not close it.
 */
public final class Sentence4jReranker {
    private final CrossEncoder crossEncoder;
    private final PredictOptions options;

    public Sentence4jReranker(CrossEncoder crossEncoder, PredictOptions options) {
        this.crossEncoder = Objects.requireNonNull(crossEncoder, "crossEncoder");
        this.options = Objects.requireNonNull(options, "options");
        if (crossEncoder.info().numLabels() != 1) {
            throw new IllegalArgumentException("a reranker needs a cross-encoder with one label (a relevance score); "
                    + crossEncoder.info().name() + " has " + crossEncoder.info().numLabels() + " labels "
                    + crossEncoder.info().labels());
        }
    }

    /**
     * The documents ranked for {@code query}, best first, with their scores and texts: ST's
     * {@code rank(query, documents, top_k, return_documents=True)}; {@code topK <= 0}: all.
     */
    public List<RankedDocument> rank(String query, List<String> documents, int topK) {
        return crossEncoder.rank(query, documents, topK, true, options);
    }

    /**
     * Spring AI documents reordered for {@code query} by their text, best first, the first
     * {@code topK} ({@code <= 0}: all), each a copy whose score is the reranker's.
     */
    public List<Document> rerank(String query, List<Document> documents, int topK) {
        Objects.requireNonNull(documents, "documents");
        List<String> texts = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            if (d == null || d.getText() == null) {
                throw new IllegalArgumentException("documents[" + i + "] " + (d == null ? "is null" : "has no text"));
            }
            texts.add(d.getText());
        }
        List<Document> out = new ArrayList<>();
        for (RankedDocument r : crossEncoder.rank(query, texts, topK, false, options)) {
            out.add(documents.get(r.corpusId()).mutate().score((double) r.score()).build());
        }
        return out;
    }

    public CrossEncoder crossEncoder() {
        return crossEncoder;
    }
}
