package dev.sentence4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.SentenceEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real SparkSession in local[2]: the Transformer and the SQL function against plain local encode. */
class SentenceEmbedderTest {
    // Not the -q model: dynamically quantized ONNX graphs scale activations per batch, so their vectors
    // depend on which texts share a batch (up to 0.03 here), and Spark partitions batch differently.
    static final String MODEL = "all-MiniLM-L6-v2";
    static SparkSession spark;
    static List<String> texts;

    @BeforeAll
    static void start() throws IOException {
        try (InputStream in = SentenceEmbedderTest.class.getResourceAsStream("/fortunes-300.txt")) {
            if (in == null) {
                throw new IllegalStateException("test resource /fortunes-300.txt is missing (spark/src/test/resources)");
            }
            texts = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")).subList(0, 48);
        }
        spark = SparkSession.builder().master("local[2]").appName("sentence4j-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static float[] toArray(List<Float> list) {
        float[] out = new float[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    @Test
    void transformerOutputEqualsLocalEncodeRowForRow() {
        Dataset<Row> df = spark.createDataset(texts, Encoders.STRING()).toDF("text")
                .withColumn("id", functions.monotonically_increasing_id()).repartition(3);
        Dataset<Row> out = new SentenceEmbedder().setModel(MODEL).setBatchSize(8).transform(df);
        assertThat(out.schema().apply("embedding").dataType().simpleString()).isEqualTo("array<float>");
        List<Row> rows = out.collectAsList();
        assertThat(rows).hasSize(texts.size());
        Embeddings local;
        try (SentenceEncoder encoder = SentenceEncoder.load(MODEL)) {
            local = encoder.encode(texts);
        }
        double maxDiff = 0;
        List<String> seen = new ArrayList<>();
        for (Row r : rows) {
            String text = r.getString(r.fieldIndex("text"));
            seen.add(text);
            float[] spark = toArray(r.getList(r.fieldIndex("embedding")));
            float[] expected = local.row(texts.indexOf(text));
            assertThat(spark).hasSize(384);
            for (int d = 0; d < spark.length; d++) {
                maxDiff = Math.max(maxDiff, Math.abs(spark[d] - expected[d]));
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(texts);
        // Batches differ between Spark partitions and one local call; padding is masked, so only
        // float summation order can differ.
        assertThat(maxDiff).as("max |spark - local|").isLessThan(1e-6);
        assertThat(ExecutorEncoders.loaded(MODEL)).isEqualTo(1);
    }

    @Test
    void sqlFunctionGivesTheSameVectors() {
        EmbeddingFunctions.register(spark, "embed", MODEL);
        spark.createDataset(texts.subList(0, 6), Encoders.STRING()).toDF("text").createOrReplaceTempView("docs");
        List<Row> rows = spark.sql("SELECT text, embed(text) AS e FROM docs").collectAsList();
        try (SentenceEncoder encoder = SentenceEncoder.load(MODEL)) {
            for (Row r : rows) {
                float[] e = toArray(r.getList(1));
                float[] expected = encoder.encode(r.getString(0));
                assertThat(e).containsExactly(expected);
            }
        }
    }

    @Test
    void schemaErrorsNameTheColumn() {
        Dataset<Row> df = spark.createDataset(List.of("a"), Encoders.STRING()).toDF("body");
        assertThatThrownBy(() -> new SentenceEmbedder().setModel(MODEL).transform(df))
                .hasMessageContaining("inputCol \"text\" is not a column").hasMessageContaining("body");
    }
}
