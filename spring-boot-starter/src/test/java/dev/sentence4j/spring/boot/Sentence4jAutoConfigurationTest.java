package dev.sentence4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.springai.SentenceEncoderEmbeddingModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.vectorstore.SearchRequest;
import org.springframework.ai.vectorstore.SimpleVectorStore;

/** An application with nothing but the starter and properties. */
@SpringBootTest(classes = Sentence4jAutoConfigurationTest.App.class,
        properties = {"sentence4j.model=all-MiniLM-L6-v2", "sentence4j.batch-size=4", "sentence4j.threads=1"})
class Sentence4jAutoConfigurationTest {
    /** A small corpus; each query below has exactly one document that answers it (chosen by hand). */
    static final List<String> CORPUS = List.of(
            "The Eiffel Tower is a wrought-iron lattice tower in Paris, completed in 1889.",
            "Photosynthesis lets plants turn sunlight, water and carbon dioxide into sugar and oxygen.",
            "To bake bread, mix flour, water, yeast and salt, let the dough rise, then bake it in a hot oven.",
            "The Pacific is the largest and deepest of Earth's oceans.",
            "The heart pumps blood through the body's arteries and veins.");
    static final Map<String, Integer> QUERIES = Map.of(
            "Which landmark in France is made of iron?", 0,
            "How do plants make food from light?", 1,
            "recipe for making a loaf", 2,
            "What is the biggest ocean on the planet?", 3,
            "Which organ circulates blood?", 4);

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    @Autowired
    EmbeddingModel embeddingModel;

    @Autowired
    SentenceEncoder encoder;

    @Test
    void theBeanIsTheSentence4jModelThePropertiesName() {
        assertThat(embeddingModel).isInstanceOf(SentenceEncoderEmbeddingModel.class);
        assertThat(encoder.info().name()).isEqualTo("all-MiniLM-L6-v2");
        assertThat(embeddingModel.dimensions()).isEqualTo(384);
    }

    @Test
    void embedEqualsTheLibrary() {
        String text = "A man is eating food.";
        assertThat(embeddingModel.embed(text)).as("max abs diff 0").containsExactly(encoder.encode(text));
        // batch-size=4 splits these into two batches: still the library's vectors, row by row.
        List<float[]> all = embeddingModel.embed(CORPUS);
        for (int i = 0; i < CORPUS.size(); i++) {
            assertThat(all.get(i)).containsExactly(encoder.encode(CORPUS.get(i)));
        }
    }

    @Test
    void simpleVectorStoreFindsTheExpectedDocument() {
        SimpleVectorStore store = SimpleVectorStore.builder(embeddingModel).build();
        store.add(CORPUS.stream().map(Document::new).toList());
        QUERIES.forEach((query, expected) -> {
            List<Document> hits = store.similaritySearch(SearchRequest.builder().query(query).topK(1).build());
            assertThat(hits).as(query).hasSize(1);
            assertThat(hits.get(0).getText()).as(query).isEqualTo(CORPUS.get(expected));
        });
    }
}
