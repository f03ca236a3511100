package dev.sentence4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.aggregator.ReRankingContentAggregator;
import dev.langchain4j.rag.query.Query;
import dev.sentence4j.core.crossencoder.CrossEncoder;
import dev.sentence4j.core.crossencoder.RankedDocument;
import dev.sentence4j.core.crossencoder.Scores;
import dev.sentence4j.core.crossencoder.TextPair;
import dev.sentence4j.core.testing.CrossEncoderTestModel;
import dev.sentence4j.core.testing.CrossEncoderTestModel.Spec;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ScoringModel's scores are CrossEncoder.predict's, and LangChain4j's own
 * ReRankingContentAggregator, given it, orders contents as CrossEncoder.rank does.
 */
class CrossEncoderScoringModelTest {
    static final String QUERY = "How many people live in Berlin?";
    static final List<String> DOCUMENTS = List.of(
            "Berlin had a population of 3,520,031 registered inhabitants in an area of 891.82 square kilometers.",
            "Berlin is well known for its museums.",
            "New York City is famous for the Metropolitan Museum of Art.",
            "The capital of Germany is Berlin, and about 3.7 million people live there today.",
            "Paris",
            "In 2023 the city counted about 3.8 million residents.");

    @TempDir
    static Path tmp;
    static CrossEncoder encoder;
    static CrossEncoderScoringModel model;

    @BeforeAll
    static void load() {
        encoder = CrossEncoder.load(CrossEncoderTestModel.write(tmp.resolve("reranker"), Spec.reranker()));
        model = new CrossEncoderScoringModel(encoder);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    private static Scores predicted() {
        return encoder.predict(DOCUMENTS.stream().map(d -> TextPair.of(QUERY, d)).toList());
    }

    @Test
    void scoreAllIsPredictInSegmentOrder() {
        List<Double> scores = model.scoreAll(DOCUMENTS.stream().map(TextSegment::from).toList(), QUERY).content();
        Scores expected = predicted();
        assertThat(scores).hasSize(DOCUMENTS.size());
        for (int i = 0; i < DOCUMENTS.size(); i++) {
            assertThat(scores.get(i)).isEqualTo((double) expected.get(i, 0));
            assertThat(model.score(DOCUMENTS.get(i), QUERY).content()).isEqualTo((double) expected.get(i, 0));
        }
        assertThat(model.scoreAll(List.of(), QUERY).content()).isEmpty();
    }

    @Test
    void langChainsReRankingAggregatorOrdersAsRank() {
        // two retrievers' results for one query, as a RetrievalAugmentor hands them to the aggregator
        List<Content> first = DOCUMENTS.subList(0, 3).stream().map(Content::from).toList();
        List<Content> second = DOCUMENTS.subList(3, DOCUMENTS.size()).stream().map(Content::from).toList();
        Map<Query, Collection<List<Content>>> retrieved = Map.of(Query.from(QUERY), List.of(first, second));

        List<Content> reranked = ReRankingContentAggregator.builder().scoringModel(model).build().aggregate(retrieved);

        List<RankedDocument> expected = encoder.rank(QUERY, DOCUMENTS, 0, true);
        assertThat(reranked).extracting(c -> c.textSegment().text())
                .containsExactlyElementsOf(expected.stream().map(RankedDocument::text).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(reranked.get(i).metadata().get(ContentMetadata.RERANKED_SCORE))
                    .isEqualTo((double) expected.get(i).score());
        }

        List<Content> top2 = ReRankingContentAggregator.builder().scoringModel(model).maxResults(2).build()
                .aggregate(retrieved);
        assertThat(top2).extracting(c -> c.textSegment().text()).containsExactly(expected.get(0).text(), expected.get(1).text());
    }

    @Test
    void aClassifierWithSeveralLabelsIsRefused() {
        try (CrossEncoder classifier = CrossEncoder.load(CrossEncoderTestModel.write(tmp.resolve("classifier"), Spec.classifier()))) {
            assertThatThrownBy(() -> new CrossEncoderScoringModel(classifier)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("one label").hasMessageContaining("has 3 labels [contradiction, entailment, neutral]");
        }
    }
}
