package dev.sentence4j.spark;

import dev.sentence4j.core.EmbeddedModels;
import java.util.Arrays;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.util.DefaultParamsReadable;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A Spark ML Transformer that adds an embedding column (array&lt;float&gt;) for a text column,
 * with sentence-transformers' encode semantics. Each partition is embedded in batches inside
 * mapPartitions, and the model is opened once per executor JVM ({@link ExecutorEncoders}).
 *
 * <pre>{@code
 * Dataset<Row> out = new SentenceEmbedder()
 *     .setInputCol("text").setOutputCol("embedding").setModel("all-MiniLM-L6-v2")
 *     .transform(df);
 * }</pre>
 *
 * <p>Saved and loaded with Spark ML persistence (alone or inside a Pipeline): its state is its
 * params, which DefaultParamsWriter stores as JSON metadata; the model itself is a reference
 * (a name or a directory), not copied into the saved pipeline.
 */
public final class SentenceEmbedder extends Transformer implements DefaultParamsWritable {
    private static final long serialVersionUID = 1L;
    private final String uid;
    private final Param<String> inputCol;
    private final Param<String> outputCol;
    private final Param<String> model;
    private final Param<String> promptName;
    private final IntParam batchSize;
    private final IntParam threads;

    public SentenceEmbedder() {
        this(Identifiable$.MODULE$.randomUID("sentenceEmbedder"));
    }

    public SentenceEmbedder(String uid) {
        this.uid = uid;
        inputCol = new Param<>(this, "inputCol", "text column to embed");
        outputCol = new Param<>(this, "outputCol", "embedding column to add (array<float>)");
        model = new Param<>(this, "model", "embedded model name or a model directory readable by every executor");
        promptName = new Param<>(this, "promptName", "a prompt of the model (e.g. query, passage), or empty for none");
        batchSize = new IntParam(this, "batchSize", "texts per model run", ParamValidators.gtEq(1));
        setDefault(inputCol, "text");
        setDefault(outputCol, "embedding");
        setDefault(model, EmbeddedModels.DEFAULT_MODEL);
        setDefault(promptName, "");
        threads = new IntParam(this, "threads", "ONNX Runtime threads per model, 0 for all cores (give cores / task slots)",
                ParamValidators.gtEq(0));
        setDefault(batchSize, 32);
        setDefault(threads, 0);
    }

    public SentenceEmbedder setInputCol(String v) {
        set(inputCol, v);
        return this;
    }

    public SentenceEmbedder setOutputCol(String v) {
        set(outputCol, v);
        return this;
    }

    public SentenceEmbedder setModel(String v) {
        set(model, v);
        return this;
    }

    public SentenceEmbedder setPromptName(String v) {
        set(promptName, v == null ? "" : v);
        return this;
    }

    public SentenceEmbedder setBatchSize(int v) {
        set(batchSize, v);
        return this;
    }

    public SentenceEmbedder setThreads(int v) {
        set(threads, v);
        return this;
    }

    public IntParam threads() {
        return threads;
    }

    public Param<String> inputCol() {
        return inputCol;
    }

    public Param<String> outputCol() {
        return outputCol;
    }

    public Param<String> model() {
        return model;
    }

    public Param<String> promptName() {
        return promptName;
    }

    public IntParam batchSize() {
        return batchSize;
    }

    @Override
    public String uid() {
        return uid;
    }

    @Override
    public StructType transformSchema(StructType schema) {
        String in = $(inputCol);
        String out = $(outputCol);
        if (!Arrays.asList(schema.fieldNames()).contains(in)) {
            throw new IllegalArgumentException("inputCol \"" + in + "\" is not a column; the columns are "
                    + Arrays.toString(schema.fieldNames()));
        }
        if (!schema.apply(in).dataType().equals(DataTypes.StringType)) {
            throw new IllegalArgumentException("inputCol \"" + in + "\" must be a string column, found " + schema.apply(in).dataType().simpleString());
        }
        if (Arrays.asList(schema.fieldNames()).contains(out)) {
            throw new IllegalArgumentException("outputCol \"" + out + "\" already exists");
        }
        return schema.add(new StructField(out, DataTypes.createArrayType(DataTypes.FloatType, false), true,
                org.apache.spark.sql.types.Metadata.empty()));
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        StructType outSchema = transformSchema(dataset.schema());
        int textIndex = dataset.schema().fieldIndex($(inputCol));
        String prompt = $(promptName).isEmpty() ? null : $(promptName);
        return dataset.toDF().mapPartitions(new EmbedPartition($(model), textIndex, (Integer) $(batchSize), prompt,
                (Integer) $(threads)),
                Encoders.row(outSchema));
    }

    /**
     * Spark ML's reader: {@code PipelineModel.load} finds it by reflection as a static
     * {@code read()} (Scala's companion-object convention, DefaultParamsReader.loadParamsInstance).
     */
    public static MLReader<SentenceEmbedder> read() {
        return new DefaultParamsReadable<SentenceEmbedder>() {}.read();
    }

    public static SentenceEmbedder load(String path) {
        return read().load(path);
    }

    @Override
    public SentenceEmbedder copy(ParamMap extra) {
        return defaultCopy(extra);
    }
}
