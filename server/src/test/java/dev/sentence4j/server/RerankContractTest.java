package dev.sentence4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.core.crossencoder.CrossEncoder;
import dev.sentence4j.core.crossencoder.PredictOptions;
import dev.sentence4j.core.crossencoder.RankedDocument;
import dev.sentence4j.core.crossencoder.Scores;
import dev.sentence4j.core.crossencoder.TextPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /rerank and /predict over real HTTP against the test cross-encoders (core/testing: MiniLM's real
 * encoder with seeded heads, one label and three): every field and error, and results equal to
 * the library's CrossEncoder, which core's tests check against an independent computation.
 */
class RerankContractTest {
    static final String QUERY = "How many people live in Berlin?";
    static final List<String> TEXTS = List.of("Berlin has a population of 3,520,031 registered inhabitants.",
            "New York City is famous for the Metropolitan Museum of Art.",
            "Berlin is the capital of Germany.", "A man is playing guitar.");
    /** Server batches pad differently from the library's sorted batches; the attention mask makes that a rounding difference. */
    static final double TOL = 1e-5;

    static EmbeddingServer reranker;
    static EmbeddingServer classifier;
    static Client rr;
    static Client cl;

    @BeforeAll
    static void start() {
        reranker = EmbeddingServer.start(SharedModel.config(), SharedModel.reranker());
        classifier = EmbeddingServer.start(SharedModel.config(), SharedModel.classifier());
        rr = new Client(reranker.uri());
        cl = new Client(classifier.uri());
    }

    @AfterAll
    static void stop() {
        reranker.close();
        classifier.close();
    }

    private static CrossEncoder library() {
        return SharedModel.reranker().encoder();
    }

    @Test
    void rerankEqualsTheLibrarysRank() {
        Client.Response r = rr.post("/rerank", Map.of("query", QUERY, "texts", TEXTS));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<RankedDocument> expected = library().rank(QUERY, TEXTS, 0, false);
        JsonNode ranks = r.json();
        assertThat(ranks.size()).isEqualTo(TEXTS.size());
        for (int i = 0; i < ranks.size(); i++) {
            assertThat(ranks.get(i).get("index").intValue()).as("rank %d", i).isEqualTo(expected.get(i).corpusId());
            assertThat(ranks.get(i).get("score").doubleValue()).isCloseTo(expected.get(i).score(),
                    org.assertj.core.data.Offset.offset(TOL));
            assertThat(ranks.get(i).has("text")).as("text only with return_text").isFalse();
        }
        assertThat(r.headers().firstValue("x-compute-tokens")).isPresent();
    }

    @Test
    void rerankReturnTextAndRawScores() {
        JsonNode sigmoid = rr.post("/rerank", Map.of("query", QUERY, "texts", TEXTS, "return_text", true)).json();
        JsonNode raw = rr.post("/rerank", Map.of("query", QUERY, "texts", TEXTS, "raw_scores", true)).json();
        Scores logits = library().predict(pairs(TEXTS), PredictOptions.defaults().withApplyActivation(false));
        for (int i = 0; i < TEXTS.size(); i++) {
            JsonNode s = sigmoid.get(i);
            assertThat(s.get("text").textValue()).isEqualTo(TEXTS.get(s.get("index").intValue()));
            JsonNode r = raw.get(i);
            double logit = logits.get(r.get("index").intValue(), 0);
            assertThat(r.get("score").doubleValue()).isCloseTo(logit, org.assertj.core.data.Offset.offset(TOL));
        }
        // Sigmoid is monotone: the same order either way, and each score is sigmoid(its logit).
        for (int i = 0; i < TEXTS.size(); i++) {
            assertThat(raw.get(i).get("index").intValue()).isEqualTo(sigmoid.get(i).get("index").intValue());
            double logit = raw.get(i).get("score").doubleValue();
            assertThat(sigmoid.get(i).get("score").doubleValue()).isCloseTo(1 / (1 + Math.exp(-logit)),
                    org.assertj.core.data.Offset.offset(TOL));
        }
    }

    @Test
    void equalScoresKeepTheOrderOfTexts() {
        JsonNode ranks = rr.post("/rerank", Map.of("query", QUERY, "texts", List.of("same text", "other", "same text"))).json();
        List<Integer> order = new ArrayList<>();
        ranks.forEach(n -> order.add(n.get("index").intValue()));
        assertThat(order.indexOf(0)).isLessThan(order.indexOf(2));
        assertThat(Math.abs(order.indexOf(0) - order.indexOf(2))).isEqualTo(1);
    }

    @Test
    void rootRoutesAPairBodyToRerankOnAReranker() {
        Client.Response r = rr.post("/", Map.of("query", QUERY, "texts", TEXTS));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json()).isEqualTo(rr.post("/rerank", Map.of("query", QUERY, "texts", TEXTS)).json());
    }

    @Test
    void predictSingleTextPairAndBatchShapes() {
        CrossEncoder c3 = SharedModel.classifier().encoder();
        // a pair: [{score, label}] sorted by score
        JsonNode pair = cl.post("/predict", Map.of("inputs", List.of(QUERY, TEXTS.get(0)))).json();
        assertPredictions(pair, c3.predict(List.of(new TextPair(QUERY, TEXTS.get(0)))).row(0), c3.info().labels());
        // a lone text, as a string and as [string]
        float[] lone = c3.predict(List.of(new TextPair(QUERY, null))).row(0);
        assertPredictions(cl.post("/predict", Map.of("inputs", QUERY)).json(), lone, c3.info().labels());
        assertPredictions(cl.post("/predict", Map.of("inputs", List.of(QUERY))).json(), lone, c3.info().labels());
        // a batch of a text and a pair: [[..], [..]]
        JsonNode batch = cl.post("/predict", Map.of("inputs", List.of(List.of(QUERY), List.of(QUERY, TEXTS.get(0))))).json();
        assertThat(batch.size()).isEqualTo(2);
        assertPredictions(batch.get(0), lone, c3.info().labels());
        assertPredictions(batch.get(1), c3.predict(List.of(new TextPair(QUERY, TEXTS.get(0)))).row(0), c3.info().labels());
        // root on a classifier is /predict
        assertThat(cl.post("/", Map.of("inputs", QUERY)).json()).isEqualTo(cl.post("/predict", Map.of("inputs", QUERY)).json());
    }

    @Test
    void predictOnARerankerAppliesItsSigmoidUnlessRaw() {
        float logit = library().predict(List.of(new TextPair(QUERY, TEXTS.get(2))),
                PredictOptions.defaults().withApplyActivation(false)).get(0, 0);
        JsonNode p = rr.post("/predict", Map.of("inputs", List.of(QUERY, TEXTS.get(2)))).json();
        assertThat(p.get(0).get("label").textValue()).isEqualTo("LABEL_0");
        assertThat(p.get(0).get("score").doubleValue()).isCloseTo(1 / (1 + Math.exp(-logit)), org.assertj.core.data.Offset.offset(TOL));
        JsonNode raw = rr.post("/predict", Map.of("inputs", List.of(QUERY, TEXTS.get(2)), "raw_scores", true)).json();
        assertThat(raw.get(0).get("score").doubleValue()).isCloseTo(logit, org.assertj.core.data.Offset.offset(TOL));
    }

    @Test
    void infoSaysWhatTheModelIs() {
        JsonNode info = rr.get("/info").json();
        assertThat(info.get("kind").textValue()).isEqualTo("cross-encoder");
        assertThat(info.get("model_type").get("reranker").get("id2label").get("0").textValue()).isEqualTo("LABEL_0");
        assertThat(info.get("dimension").isNull()).isTrue();
        assertThat(info.get("max_input_length").intValue()).isEqualTo(512);
        JsonNode c = cl.get("/info").json().get("model_type").get("classifier");
        assertThat(c.get("id2label").get("1").textValue()).isEqualTo("entailment");
        assertThat(c.get("label2id").get("neutral").intValue()).isEqualTo(2);
    }

    @Test
    void tokenizeAndDecodeWorkOnACrossEncoder() {
        JsonNode tokens = rr.post("/tokenize", Map.of("inputs", "Hello world")).json().get(0);
        List<String> texts = new ArrayList<>();
        tokens.forEach(t -> texts.add(t.get("text").textValue()));
        assertThat(texts).containsExactly("[CLS]", "hello", "world", "[SEP]");
        assertThat(rr.post("/decode", Map.of("ids", List.of(7592, 2088))).json().get(0).textValue()).isEqualTo("hello world");
    }

    // ---- errors ----

    @Test
    void routesOfAnotherKindAre424NamingWhatTheModelIs() {
        Client.Response embed = rr.post("/embed", Map.of("inputs", "a"));
        assertThat(embed.status()).isEqualTo(424);
        assertThat(embed.json().get("error_type").textValue()).isEqualTo("Backend");
        assertThat(embed.json().get("error").textValue()).contains("reranker-test", "is a reranker", "/embed", "/rerank, /predict");
        Client.Response rerank = cl.post("/rerank", Map.of("query", "q", "texts", List.of("a")));
        assertThat(rerank.status()).isEqualTo(424);
        assertThat(rerank.json().get("error").textValue()).contains("is a classifier", "/rerank", "answers /predict");
        for (String route : List.of("/embed_all", "/similarity", "/v1/embeddings", "/embed_sparse")) {
            assertThat(rr.post(route, Map.of("inputs", "a", "input", "a")).status()).as(route).isEqualTo(424);
        }
        Client.Response onEmbedding = new Client(embeddingServer.uri()).post("/rerank", Map.of("query", "q", "texts", List.of("a")));
        assertThat(onEmbedding.status()).isEqualTo(424);
        assertThat(onEmbedding.json().get("error").textValue()).contains("is an embedding model", "/embed");
    }

    static EmbeddingServer embeddingServer;

    @BeforeAll
    static void startEmbedding() {
        embeddingServer = EmbeddingServer.start(SharedModel.config(), SharedModel.backend());
    }

    @AfterAll
    static void stopEmbedding() {
        embeddingServer.close();
    }

    @Test
    void rerankFieldErrorsNameTheField() {
        assertError(rr.post("/rerank", Map.of("query", QUERY, "texts", List.of())), 422, "Empty", "`texts` is empty");
        assertError(rr.post("/rerank", Map.of("texts", TEXTS)), 422, "Validation", "`query` is missing");
        assertError(rr.post("/rerank", Map.of("query", QUERY, "texts", "one")), 422, "Validation", "`texts`");
        assertError(rr.post("/rerank", Map.of("query", QUERY, "texts", List.of("a", 3))), 422, "Validation", "`texts[1]`");
        assertError(rr.post("/rerank", Map.of("query", QUERY, "texts", TEXTS, "raw_scores", "yes")), 422, "Validation",
                "`raw_scores`");
        assertError(rr.post("/rerank", Map.of("query", QUERY, "texts", TEXTS, "return_text", 1)), 422, "Validation",
                "`return_text`");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 33; i++) {
            many.add("t" + i);
        }
        assertError(rr.post("/rerank", Map.of("query", QUERY, "texts", many)), 422, "Validation", "max_client_batch_size");
    }

    @Test
    void tooLongPairsTruncateOrAre422() {
        String longText = "word ".repeat(600);
        assertError(rr.post("/rerank", Map.of("query", QUERY, "texts", List.of(longText), "truncate", false)), 422,
                "Validation", "`texts[0]` must have at most 512 tokens");
        Client.Response cut = rr.post("/rerank", Map.of("query", QUERY, "texts", List.of(longText), "truncate", true));
        assertThat(cut.status()).as(cut.body()).isEqualTo(200);
        float expected = library().predict(List.of(new TextPair(QUERY, longText))).get(0, 0);
        assertThat(cut.json().get(0).get("score").doubleValue()).isCloseTo(expected, org.assertj.core.data.Offset.offset(TOL));
    }

    @Test
    void predictInputErrorsNameThePath() {
        assertError(cl.post("/predict", Map.of("inputs", List.of("a", "b", "c"))), 422, "Validation",
                "found an array of 3 elements");
        assertError(cl.post("/predict", Map.of("inputs", List.of(List.of("a"), "b"))), 422, "Validation", "`inputs[1]`");
        assertError(cl.post("/predict", Map.of("inputs", List.of())), 422, "Empty", "`inputs` is empty");
        assertError(cl.post("/predict", Map.of("inputs", 7)), 422, "Validation", "`inputs`");
        assertError(cl.post("/predict", Map.of()), 422, "Validation", "`inputs` is missing");
    }

    private static void assertError(Client.Response r, int status, String type, String message) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().get("error_type").textValue()).isEqualTo(type);
        assertThat(r.json().get("error").textValue()).contains(message);
    }

    private static void assertPredictions(JsonNode predictions, float[] scores, List<String> labels) {
        assertThat(predictions.size()).isEqualTo(labels.size());
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode p : predictions) {
            int label = labels.indexOf(p.get("label").textValue());
            assertThat(label).as("label %s", p.get("label")).isGreaterThanOrEqualTo(0);
            assertThat(p.get("score").doubleValue()).isCloseTo(scores[label], org.assertj.core.data.Offset.offset(TOL));
            assertThat(p.get("score").doubleValue()).isLessThanOrEqualTo(previous);
            previous = p.get("score").doubleValue();
        }
    }

    private static List<TextPair> pairs(List<String> texts) {
        List<TextPair> out = new ArrayList<>();
        texts.forEach(t -> out.add(new TextPair(QUERY, t)));
        return out;
    }
}
