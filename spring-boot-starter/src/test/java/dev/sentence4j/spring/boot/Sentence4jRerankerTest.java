package dev.sentence4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sentence4j.core.crossencoder.CrossEncoder;
import dev.sentence4j.core.crossencoder.PredictOptions;
import dev.sentence4j.core.crossencoder.RankedDocument;
import dev.sentence4j.core.testing.CrossEncoderTestModel;
import dev.sentence4j.core.testing.CrossEncoderTestModel.Spec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.ai.document.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An application with the starter and sentence4j.reranker.* naming the cross-encoder test model
 * (all-MiniLM-L6-v2's encoder plus a seeded classification head): the beans exist and rank as the
 * library does.
 */
@SpringBootTest(classes = Sentence4jRerankerTest.App.class)
class Sentence4jRerankerTest {
    static final String QUERY = "How many people live in Berlin?";
    static final List<String> DOCUMENTS = List.of(
            "Berlin had a population of 3,520,031 registered inhabitants in an area of 891.82 square kilometers.",
            "Berlin is well known for its museums.",
            "New York City is famous for the Metropolitan Museum of Art.",
            "The capital of Germany is Berlin, and about 3.7 million people live there today.",
            "Paris");
    static final Path MODEL = buildModel();

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    static Path buildModel() {
        try {
            return CrossEncoderTestModel.write(Files.createTempDirectory(Files.createDirectories(Path.of("target")),
                    "reranker-model-"), Spec.reranker());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sentence4j.reranker.model", MODEL::toString);
        registry.add("sentence4j.reranker.threads", () -> "1");
        registry.add("sentence4j.reranker.batch-size", () -> "2");
        registry.add("sentence4j.threads", () -> "1");
    }

    @Autowired
    CrossEncoder crossEncoder;

    @Autowired
    Sentence4jReranker reranker;

    @Test
    void theBeansAreTheModelThePropertiesName() {
        assertThat(crossEncoder.info().name()).isEqualTo(MODEL.toString());
        assertThat(crossEncoder.info().numLabels()).isEqualTo(1);
        assertThat(reranker.crossEncoder()).isSameAs(crossEncoder);
    }

    @Test
    void rankIsTheLibrarysRank() {
        // an independently loaded CrossEncoder on the same directory, default batch size
        try (CrossEncoder library = CrossEncoder.load(MODEL)) {
            List<RankedDocument> expected = library.rank(QUERY, DOCUMENTS, 3, true);
            assertThat(reranker.rank(QUERY, DOCUMENTS, 3)).isEqualTo(expected);
            assertThat(reranker.rank(QUERY, DOCUMENTS, 0)).hasSize(DOCUMENTS.size());

            List<Document> docs = DOCUMENTS.stream().map(t -> Document.builder().text(t).score(0.0).build()).toList();
            List<Document> reranked = reranker.rerank(QUERY, docs, 0);
            List<RankedDocument> all = library.rank(QUERY, DOCUMENTS, 0, false, PredictOptions.defaults());
            assertThat(reranked).extracting(Document::getText)
                    .containsExactlyElementsOf(all.stream().map(r -> DOCUMENTS.get(r.corpusId())).toList());
            for (int i = 0; i < all.size(); i++) {
                assertThat(reranked.get(i).getScore()).isEqualTo((double) all.get(i).score());
                assertThat(reranked.get(i).getId()).isEqualTo(docs.get(all.get(i).corpusId()).getId());
            }
        }
    }
}
