package dev.sentence4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.request.EmbeddingInputType;
import dev.langchain4j.model.embedding.request.EmbeddingRequest;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import dev.sentence4j.core.EncodeOptions;
import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.SentenceEncoder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * INPUT_TYPE on e5-small-v2, whose model card asks for "query: " and "passage: " prefixes (its ST
 * config names them the query and passage prompts): the expected vectors are the plain encoding
 * of the prefixed text, with no prompt machinery involved.
 */
class InputTypePromptTest {
    static SentenceEncoder encoder;
    static SentenceEncoderEmbeddingModel model;

    @BeforeAll
    static void load() {
        encoder = SentenceEncoder.load("e5-small-v2-q");
        model = new SentenceEncoderEmbeddingModel(encoder);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void queryTakesTheQueryPromptAndDocumentThePassagePrompt() {
        String text = "how much protein should a female eat";
        assertThat(embed(text, EmbeddingInputType.QUERY)).containsExactly(encoder.encode("query: " + text));
        // No "document" prompt: sentence-transformers' encode_document falls back to "passage".
        assertThat(embed(text, EmbeddingInputType.DOCUMENT)).containsExactly(encoder.encode("passage: " + text));
        assertThat(model.embed(text).content().vector()).as("no input type: no prompt, as ST's encode")
                .containsExactly(encoder.encode(text));
    }

    @Test
    void aPromptInTheOptionsWinsOverTheInputType() {
        SentenceEncoderEmbeddingModel fixed = new SentenceEncoderEmbeddingModel(encoder,
                EncodeOptions.defaults().withPromptName("passage"));
        String text = "summer is hot";
        float[] v = fixed.embed(EmbeddingRequest.builder().input(text).inputType(EmbeddingInputType.QUERY).build())
                .embeddings().get(0).vector();
        assertThat(v).containsExactly(encoder.encode("passage: " + text));
    }

    @Test
    void ingestorStoresPassagesAndRetrieverEmbedsQueries() {
        List<String> corpus = List.of(
                "As a general guideline, the CDC's average requirement of protein for women ages 19 to 70 is 46 grams per day.",
                "Definition of summit for English Language Learners: the highest point of a mountain.");
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        EmbeddingStoreIngestor.builder().embeddingModel(model).embeddingStore(store)
                .embeddingInputType(EmbeddingInputType.DOCUMENT).build()
                .ingest(corpus.stream().map(Document::from).toList());
        // One encode call over the same list: with int8 weights ONNX Runtime quantizes activations per
        // batch, so a vector depends (slightly) on its batch mates; the ingestor embeds the list in one call.
        Embeddings prefixed = encoder.encode(corpus.stream().map(p -> "passage: " + p).toList());
        for (int i = 0; i < corpus.size(); i++) {
            List<EmbeddingMatch<TextSegment>> hit = store.search(EmbeddingSearchRequest.builder()
                    .queryEmbedding(Embedding.from(prefixed.row(i))).maxResults(1).build()).matches();
            assertThat(hit.get(0).embedded().text()).isEqualTo(corpus.get(i));
            assertThat(hit.get(0).score()).as("stored vector is the passage-prefixed encoding").isCloseTo(1.0, offset(1e-6));
        }
        EmbeddingStoreContentRetriever retriever = EmbeddingStoreContentRetriever.builder().embeddingModel(model)
                .embeddingStore(store).embeddingInputType(EmbeddingInputType.QUERY).maxResults(1).build();
        Map<String, String> queries = Map.of(
                "how much protein should a female eat", corpus.get(0),
                "summit define", corpus.get(1));
        queries.forEach((q, expected) ->
                assertThat(retriever.retrieve(Query.from(q)).get(0).textSegment().text()).as(q).isEqualTo(expected));
    }

    static float[] embed(String text, EmbeddingInputType type) {
        return model.embed(EmbeddingRequest.builder().input(text).inputType(type).build()).embeddings().get(0).vector();
    }
}
