package dev.sentence4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sentence4j.core.EncodeOptions;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.input.TokenizedInputs;
import dev.sentence4j.core.testing.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The Spark transformer goes through core's one path like every other door: on a model that
 * lower-cases in sentence_bert_config.json (its tokenizer keeps case) and has prompts, its vectors
 * equal the vectors of exactly the ids core's inputs give (which the CLI module's OnePathTest
 * checks against HF tokenizers), for the default prompt and a named one.
 */
class SparkOnePathTest {
    @Test
    void transformerVectorsAreThoseOfCoresIds() throws Exception {
        Path model = TestModels.lowercasingWithPrompts(Files.createTempDirectory("spark-one-path").resolve("model"));
        List<String> texts = List.of("  Hello World, THIS is Sentence4j.  ", "Another TEXT with Capitals");
        SparkSession spark = SparkSession.builder().master("local[2]").appName("sentence4j-one-path")
                .config("spark.ui.enabled", "false").getOrCreate();
        try (SentenceEncoder encoder = SentenceEncoder.load(model)) {
            for (String promptName : new String[] {null, "passage"}) {
                Dataset<Row> df = spark.createDataset(texts, Encoders.STRING()).toDF("text");
                SentenceEmbedder embedder = new SentenceEmbedder().setModel(model.toString());
                if (promptName != null) {
                    embedder.setPromptName(promptName);
                }
                List<Row> rows = embedder.transform(df).collectAsList();
                assertThat(rows).hasSize(texts.size());
                String prompt = encoder.inputs().resolvePrompt(null, promptName);
                for (Row r : rows) {
                    String text = r.getString(r.fieldIndex("text"));
                    TokenizedInputs ids = new TokenizedInputs(List.of(encoder.inputs().encode(text, prompt)), 0);
                    float[] expected = encoder.encode(ids, EncodeOptions.defaults()).embeddings().row(0);
                    List<Float> actual = r.getList(r.fieldIndex("embedding"));
                    for (int d = 0; d < expected.length; d++) {
                        assertThat(actual.get(d)).as("%s [%s] dim %d", text, promptName, d)
                                .isCloseTo(expected[d], org.assertj.core.data.Offset.offset(1e-6f));
                    }
                }
            }
        } finally {
            spark.stop();
        }
    }
}
