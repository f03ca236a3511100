package dev.sentence4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark ML persistence: a Pipeline holding SentenceEmbedder saves and loads, params and results intact. */
class SentenceEmbedderPersistenceTest {
    static SparkSession spark;
    @TempDir Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("persistence-test").config("spark.ui.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static SentenceEmbedder embedder() {
        return new SentenceEmbedder().setInputCol("body").setOutputCol("vec").setModel("all-MiniLM-L6-v2")
                .setBatchSize(4).setThreads(1).setPromptName("");
    }

    private static Dataset<Row> docs() {
        return spark.createDataset(List.of("A man is eating food.", "A man eats a meal.", "The sky is blue."),
                Encoders.STRING()).toDF("text");
    }

    private static Pipeline pipeline() {
        SQLTransformer rename = new SQLTransformer().setStatement("SELECT text AS body FROM __THIS__");
        return new Pipeline().setStages(new PipelineStage[] {rename, embedder()});
    }

    @Test
    void savedPipelineModelLoadsWithTheSameParamsAndVectors() throws Exception {
        PipelineModel model = pipeline().fit(docs());
        String path = dir.resolve("model").toString();
        model.write().save(path);

        PipelineModel loaded = PipelineModel.load(path);
        SentenceEmbedder original = (SentenceEmbedder) model.stages()[1];
        SentenceEmbedder restored = (SentenceEmbedder) loaded.stages()[1];
        assertThat(restored.uid()).isEqualTo(original.uid());
        assertThat(restored.extractParamMap().toString()).isEqualTo(original.extractParamMap().toString());
        assertThat((Integer) restored.getOrDefault(restored.batchSize())).isEqualTo(4);
        assertThat(restored.getOrDefault(restored.outputCol())).isEqualTo("vec");

        List<Row> before = model.transform(docs()).orderBy("body").collectAsList();
        List<Row> after = loaded.transform(docs()).orderBy("body").collectAsList();
        assertThat(after).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(after.get(i).getList(1)).hasSize(384).isEqualTo(before.get(i).getList(1));
        }
    }

    @Test
    void unfittedPipelineAndTheStageAloneSaveAndLoad() throws Exception {
        String pipelinePath = dir.resolve("pipeline").toString();
        pipeline().write().save(pipelinePath);
        Pipeline loaded = Pipeline.load(pipelinePath);
        SentenceEmbedder stage = (SentenceEmbedder) loaded.getStages()[1];
        assertThat(stage.getOrDefault(stage.inputCol())).isEqualTo("body");
        assertThat((Integer) stage.getOrDefault(stage.threads())).isEqualTo(1);

        String stagePath = dir.resolve("stage").toString();
        SentenceEmbedder e = embedder();
        e.save(stagePath);
        SentenceEmbedder back = SentenceEmbedder.load(stagePath);
        assertThat(back.extractParamMap().toString()).isEqualTo(e.extractParamMap().toString());
    }
}
