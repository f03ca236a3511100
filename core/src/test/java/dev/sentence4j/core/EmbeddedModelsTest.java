package dev.sentence4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sentence4j.core.pooling.PoolingMode;
import dev.sentence4j.onnx.ExternalData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedModelsTest {
    @Test
    void indexListsTheSixModelsWithMiniLmAsDefault() {
        assertThat(EmbeddedModels.names()).containsExactly("all-MiniLM-L6-v2", "all-MiniLM-L6-v2-q",
                "bge-small-en-v1.5", "bge-small-en-v1.5-q", "e5-small-v2", "e5-small-v2-q");
        assertThat(EmbeddedModels.defaultName()).contains("all-MiniLM-L6-v2");
    }

    static void assertUnitRows(Embeddings e) {
        for (int i = 0; i < e.rows(); i++) {
            double norm = 0;
            for (float v : e.row(i)) {
                norm += v * v;
            }
            assertThat(Math.sqrt(norm)).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void bgeUsesClsPoolingAndHasTheQueryPrompt() {
        SentenceEncoder bge = SharedEncoders.get("bge-small-en-v1.5-q");
        assertThat(bge.info().poolingModes()).containsExactly(PoolingMode.CLS);
        assertThat(bge.info().maxSeqLength()).isEqualTo(512);
        assertThat(bge.info().prompts())
                .containsEntry("query", "Represent this sentence for searching relevant passages: ");
        List<String> texts = List.of("how do I bake bread?", "Bread is baked from flour, water, yeast and salt.",
                "The stock market fell today.");
        Embeddings plain = bge.encode(texts);
        assertUnitRows(plain);
        Embeddings queries = bge.encode(texts, EncodeOptions.defaults().withPromptName("query")).embeddings();
        assertUnitRows(queries);
        assertThat(OracleEncoder.cosine(plain.row(0), queries.row(0))).isLessThan(0.999);
        // the query about bread is closer to the bread passage than to the stock market
        float[] q = queries.row(0);
        assertThat(OracleEncoder.cosine(q, plain.row(1))).isGreaterThan(OracleEncoder.cosine(q, plain.row(2)));
    }

    @Test
    void e5PromptEqualsEncodingThePrefixedText() {
        SentenceEncoder e5 = SharedEncoders.get("e5-small-v2-q");
        assertThat(e5.info().poolingModes()).containsExactly(PoolingMode.MEAN);
        assertThat(e5.info().prompts()).containsEntry("query", "query: ").containsEntry("passage", "passage: ");
        Embeddings viaPrompt = e5.encode(List.of("how much protein should a female eat"),
                EncodeOptions.defaults().withPromptName("query")).embeddings();
        Embeddings literal = e5.encode(List.of("query: how much protein should a female eat"));
        Embeddings bare = e5.encode(List.of("how much protein should a female eat"));
        assertUnitRows(viaPrompt);
        assertThat(viaPrompt.row(0)).containsExactly(literal.row(0), within(1e-6f));
        assertThat(OracleEncoder.cosine(viaPrompt.row(0), bare.row(0))).isLessThan(0.9999);
        Embeddings explicit = e5.encode(List.of("how much protein should a female eat"),
                EncodeOptions.defaults().withPrompt("query: ")).embeddings();
        assertThat(explicit.row(0)).containsExactly(literal.row(0), within(1e-6f));
    }

    /**
     * Against the oracle (HF tokenizer ids, ORT, hand pooling), one text at a time: the int8 graphs
     * quantize activations per batch, so only single-text runs are comparable bit for bit.
     */
    @Test
    void bgeAndE5AgreeWithTheOracleOnSingleTexts() throws Exception {
        List<String> texts = TestResources.lines("corpus/fortunes-1k.txt").subList(0, 15);
        for (String name : List.of("bge-small-en-v1.5-q", "e5-small-v2-q")) {
            SentenceEncoder encoder = SharedEncoders.get(name);
            boolean cls = encoder.info().poolingModes().contains(PoolingMode.CLS);
            try (OracleEncoder oracle = new OracleEncoder(encoder.info().directory(), 512)) {
                for (String t : texts) {
                    String input = name.startsWith("bge") ? t.toLowerCase(java.util.Locale.ROOT) : t; // bge: do_lower_case
                    assertThat(OracleEncoder.cosine(encoder.encode(t), oracle.encode(input, cls))).as(name + ": " + t)
                            .isGreaterThan(0.99999);
                }
            }
        }
    }

    @Test
    void unknownPromptNameListsThePrompts() {
        SentenceEncoder e5 = SharedEncoders.get("e5-small-v2-q");
        assertThatThrownBy(() -> e5.encode(List.of("x"), EncodeOptions.defaults().withPromptName("document")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"document\"").hasMessageContaining("query").hasMessageContaining("passage");
    }

    @Test
    void materializingConcurrentlyYieldsOneCompleteDirectory(@TempDir Path root) throws Exception {
        EmbeddedModels.EmbeddedModel model = EmbeddedModels.find("all-MiniLM-L6-v2-q").orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Path>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> EmbeddedModels.materialize(model, root)));
            }
            Path first = futures.get(0).get();
            for (Future<Path> f : futures) {
                assertThat(f.get()).isEqualTo(first);
            }
            assertThat(first.getFileName().toString()).isEqualTo("all-MiniLM-L6-v2-q-" + model.version());
            for (String file : model.files().keySet()) {
                assertThat(first.resolve(file)).isRegularFile();
            }
            // made by our quantizer from the fp32 graph: int8 weights, about 2/3 of the fp32 file,
            // kept beside a small graph as external data
            assertThat(ExternalData.sizeWithData(first.resolve("onnx/model.onnx"))).isBetween(50_000_000L, 65_000_000L);
            assertThat(Files.size(first.resolve("onnx/model.onnx"))).isLessThan(1_000_000L);
            assertThat(first.resolve("tokenizer.json")).isRegularFile();
            try (var listing = Files.list(root)) {
                // no temporary directory left behind; the int8 model's fp32 source is materialized beside it
                assertThat(listing.toList()).containsExactlyInAnyOrder(first,
                        root.resolve("all-MiniLM-L6-v2-" + EmbeddedModels.find("all-MiniLM-L6-v2").orElseThrow().version()));
            }
            // reused on the next run
            assertThat(EmbeddedModels.materialize(model, root)).isEqualTo(first);
        } finally {
            pool.shutdownNow();
        }
    }
}
