package dev.sentence4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.exception.UnsupportedFeatureException;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.request.EmbeddingInputType;
import dev.langchain4j.model.embedding.request.EmbeddingParameter;
import dev.langchain4j.model.embedding.request.EmbeddingRequest;
import dev.langchain4j.model.embedding.request.EmbeddingRequestParameters;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import dev.sentence4j.core.EncodeOptions;
import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.SentenceEncoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The adapter on all-MiniLM-L6-v2, inside LangChain4j's own ingestion and retrieval classes. */
class SentenceEncoderEmbeddingModelTest {
    /** A small corpus; each query below has exactly one document that answers it (chosen by hand). */
    static final List<String> CORPUS = List.of(
            "The Eiffel Tower is a wrought-iron lattice tower in Paris, completed in 1889.",
            "Photosynthesis lets plants turn sunlight, water and carbon dioxide into sugar and oxygen.",
            "To bake bread, mix flour, water, yeast and salt, let the dough rise, then bake it in a hot oven.",
            "The Pacific is the largest and deepest of Earth's oceans.",
            "The heart pumps blood through the body's arteries and veins.",
            "Java is a programming language whose programs run on the Java Virtual Machine.");
    static final Map<String, Integer> QUERIES = Map.of(
            "Which landmark in France is made of iron?", 0,
            "How do plants make food from light?", 1,
            "recipe for making a loaf", 2,
            "What is the biggest ocean on the planet?", 3,
            "Which organ circulates blood?", 4,
            "What language compiles to bytecode for the JVM?", 5);

    static SentenceEncoder encoder;
    static SentenceEncoderEmbeddingModel model;

    @BeforeAll
    static void load() {
        encoder = SentenceEncoder.load("all-MiniLM-L6-v2");
        model = new SentenceEncoderEmbeddingModel(encoder);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void ingestorAndRetrieverFindTheExpectedDocumentForEachQuery() {
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        EmbeddingStoreIngestor.builder().embeddingModel(model).embeddingStore(store).build()
                .ingest(CORPUS.stream().map(Document::from).toList());
        EmbeddingStoreContentRetriever retriever = EmbeddingStoreContentRetriever.builder()
                .embeddingModel(model).embeddingStore(store).maxResults(1).build();
        for (Map.Entry<String, Integer> q : QUERIES.entrySet()) {
            List<Content> found = retriever.retrieve(Query.from(q.getKey()));
            assertThat(found).as(q.getKey()).hasSize(1);
            assertThat(found.get(0).textSegment().text()).as(q.getKey()).isEqualTo(CORPUS.get(q.getValue()));
        }
    }

    @Test
    void embedAllEqualsTheEncoderExactlyAndIsOneEncodeCall() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add(CORPUS.get(i % CORPUS.size()) + " (" + i + ")");
        }
        // The progress listener hears each batch of an encode call with that call's total.
        List<Integer> totals = new CopyOnWriteArrayList<>();
        SentenceEncoderEmbeddingModel counting = new SentenceEncoderEmbeddingModel(encoder,
                EncodeOptions.defaults().withProgress((done, total) -> totals.add(total)));
        List<Embedding> ours = counting.embedAll(texts.stream().map(TextSegment::from).toList()).content();
        Embeddings expected = encoder.encode(texts);
        assertThat(ours).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            assertThat(ours.get(i).vector()).as("row %d, max abs diff 0", i).containsExactly(expected.row(i));
        }
        assertThat(totals).as("batches of 32: two progress events of one 40-text call").containsExactly(40, 40);
    }

    @Test
    void shortTextsMatchLangChain4jsOwnAllMiniLmL6V2() {
        AllMiniLmL6V2EmbeddingModel theirs = new AllMiniLmL6V2EmbeddingModel();
        List<TextSegment> segments = new ArrayList<>();
        CORPUS.forEach(t -> segments.add(TextSegment.from(t)));
        QUERIES.keySet().forEach(t -> segments.add(TextSegment.from(t)));
        List<Embedding> a = model.embedAll(segments).content();
        List<Embedding> b = theirs.embedAll(segments).content();
        for (int i = 0; i < segments.size(); i++) {
            assertThat(encoder.tokenizer().encode(segments.get(i).text()).length()).isLessThan(128);
            assertThat(cosine(a.get(i).vector(), b.get(i).vector())).as(segments.get(i).text())
                    .isGreaterThanOrEqualTo(0.99999);
        }
    }

    /**
     * Past 256 tokens the two differ on purpose: we truncate at max_seq_length 256 as ST does;
     * LangChain4j splits at 510 tokens and averages the parts. The README quotes the cosine.
     */
    @Test
    void longTextIsTruncatedAt256TokensWhereLangChain4jDiffers() {
        // Each word is one WordPiece token of BERT's uncased vocabulary, so words == tokens.
        String[] words = "the cat sat on a mat and then the dog ran in the park with his friend".split(" ");
        StringBuilder longText = new StringBuilder();
        StringBuilder first254 = new StringBuilder();
        for (int i = 0; i < 700; i++) {
            String w = words[i % words.length];
            longText.append(i == 0 ? "" : " ").append(w);
            if (i < 254) {
                first254.append(i == 0 ? "" : " ").append(w);
            }
        }
        assertThat(encoder.tokenizer().encode(first254.toString()).length()).isEqualTo(256); // [CLS] 254 [SEP]
        float[] ours = model.embed(longText.toString()).content().vector();
        assertThat(ours).as("the 700-word text embeds as its first 254 words")
                .containsExactly(model.embed(first254.toString()).content().vector());
        float[] theirs = new AllMiniLmL6V2EmbeddingModel().embed(longText.toString()).content().vector();
        assertThat(cosine(ours, theirs)).as("README: 0.957 for this text").isLessThan(0.99);
    }

    @Test
    void inputTypeWithoutPromptsAndDimensionsAsTruncateDim() {
        String text = CORPUS.get(0);
        float[] plain = encoder.encode(text);
        for (EmbeddingInputType type : EmbeddingInputType.values()) {
            // all-MiniLM-L6-v2 has no prompts: a query and a document embed alike, as in ST.
            assertThat(embed(text, EmbeddingRequestParameters.builder().inputType(type).build())).containsExactly(plain);
        }
        // ST's truncate_dim keeps the first n values of the model's output (no renormalization).
        assertThat(embed(text, EmbeddingRequestParameters.builder().dimensions(128).build()))
                .containsExactly(Arrays.copyOf(plain, 128));
        assertThat(new SentenceEncoderEmbeddingModel(encoder, EncodeOptions.defaults().withTruncateDim(64)).dimension())
                .isEqualTo(64);
        assertThat(embed(text, EmbeddingRequestParameters.builder().modelName("all-MiniLM-L6-v2").build()))
                .containsExactly(plain);
    }

    @Test
    void nameDimensionAndRefusals() {
        assertThat(model.modelName()).isEqualTo("all-MiniLM-L6-v2");
        assertThat(model.dimension()).isEqualTo(384);
        assertThatThrownBy(() -> embed("x", EmbeddingRequestParameters.builder().dimensions(385).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimensions must be in [1, 384] for model all-MiniLM-L6-v2, found 385");
        assertThatThrownBy(() -> embed("x", EmbeddingRequestParameters.builder().modelName("text-embedding-3-small").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("modelName \"text-embedding-3-small\" differs from the loaded model \"all-MiniLM-L6-v2\"");
        EmbeddingParameter<String> user = new EmbeddingParameter<>("user", String.class);
        assertThatThrownBy(() -> embed("x", EmbeddingRequestParameters.builder().set(user, "u1").build()))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("does not support the following per-call parameter(s): user");
        assertThatThrownBy(() -> new SentenceEncoderEmbeddingModel(encoder,
                EncodeOptions.defaults().withPrecision(dev.sentence4j.core.quantization.Precision.INT8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("options.precision must be FLOAT32 for LangChain4j embeddings, found INT8");
    }

    static float[] embed(String text, EmbeddingRequestParameters parameters) {
        return model.embed(EmbeddingRequest.builder().textSegments(List.of(TextSegment.from(text)))
                .parameters(parameters).build()).embeddings().get(0).vector();
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
