package dev.sentence4j.springai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.core.EncodeOptions;
import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.SentenceEncoder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.ai.document.Document;
import org.springframework.ai.document.MetadataMode;
import org.springframework.ai.embedding.EmbeddingOptions;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;
import org.springframework.ai.embedding.TokenCountBatchingStrategy;

/** The Spring AI adapter on all-MiniLM-L6-v2 against the encoder it wraps. */
class SentenceEncoderEmbeddingModelTest {
    static final List<String> TEXTS = List.of("A man is eating food.", "A man is riding a horse.", "Cats purr.");
    static SentenceEncoder encoder;
    static SentenceEncoderEmbeddingModel model;
    static Embeddings expected;

    @BeforeAll
    static void load() {
        encoder = SentenceEncoder.load("all-MiniLM-L6-v2");
        model = new SentenceEncoderEmbeddingModel(encoder);
        expected = encoder.encode(TEXTS);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void callReturnsTheEncodersVectorsIndexedFromZero() {
        EmbeddingResponse r = model.call(new EmbeddingRequest(TEXTS, EmbeddingOptions.builder().build()));
        assertThat(r.getResults()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(r.getResults().get(i).getIndex()).isEqualTo(i);
            assertThat(r.getResults().get(i).getOutput()).as("max abs diff 0").containsExactly(expected.row(i));
        }
        assertThat(r.getMetadata().getModel()).isEqualTo("all-MiniLM-L6-v2");
        assertThat(model.embed("Cats purr.")).containsExactly(expected.row(2));
        assertThat(model.call(new EmbeddingRequest(List.of(), null)).getResults()).isEmpty();
    }

    @Test
    void dimensionsOptionIsTruncateDimAndModelMustMatch() {
        EmbeddingResponse r = model.call(new EmbeddingRequest(TEXTS,
                EmbeddingOptions.builder().model("all-MiniLM-L6-v2").dimensions(128).build()));
        assertThat(r.getResults().get(1).getOutput()).containsExactly(Arrays.copyOf(expected.row(1), 128));
        assertThat(model.dimensions()).isEqualTo(384);
        assertThat(new SentenceEncoderEmbeddingModel(encoder, EncodeOptions.defaults().withTruncateDim(64),
                MetadataMode.EMBED).dimensions()).isEqualTo(64);
        assertThatThrownBy(() -> model.call(new EmbeddingRequest(TEXTS,
                EmbeddingOptions.builder().model("text-embedding-3-small").build())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("options.model \"text-embedding-3-small\" differs from the loaded model \"all-MiniLM-L6-v2\"");
        assertThatThrownBy(() -> model.call(new EmbeddingRequest(TEXTS, EmbeddingOptions.builder().dimensions(1024).build())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("options.dimensions must be in [1, 384] for model all-MiniLM-L6-v2, found 1024");
    }

    @Test
    void documentsAreEmbeddedAsSpringAiFormatsThem() {
        // Spring AI's DefaultContentFormatter: "{key}: {value}" lines, a blank line, then the text;
        // MetadataMode.EMBED leaves out keys excluded from embedding.
        Document doc = Document.builder().text("Cats purr.").metadata(Map.of("title", "Cats")).build();
        assertThat(model.embed(doc)).containsExactly(encoder.encode("title: Cats\n\nCats purr."));
        SentenceEncoderEmbeddingModel plain = new SentenceEncoderEmbeddingModel(encoder, EncodeOptions.defaults(),
                MetadataMode.NONE);
        assertThat(plain.embed(doc)).containsExactly(expected.row(2));

        List<Document> docs = TEXTS.stream().map(Document::new).toList();
        List<float[]> vectors = model.embed(docs, EmbeddingOptions.builder().build(), new TokenCountBatchingStrategy());
        for (int i = 0; i < 3; i++) {
            assertThat(vectors.get(i)).containsExactly(expected.row(i));
        }
    }
}
