package dev.sentence4j.spark;

import dev.sentence4j.core.EmbeddedModels;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.quantization.Precision;
import dev.sentence4j.core.quantization.QuantizationRanges;
import dev.sentence4j.spark.job.EmbeddingQuantization;
import dev.sentence4j.spark.job.InputFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A ready spark-submit job: reads a table, adds an {@code embedding} column for its text column
 * with {@link SentenceEmbedder}, and writes Parquet. Every argument, the model, the prompt name,
 * the columns and the output path are checked on the driver before any task runs; a mistake is one
 * line on stderr and exit code 2.
 */
@Command(
    name = "EmbedJob",
    mixinStandardHelpOptions = true,
    versionProvider = EmbedJob.Version.class,
    sortOptions = false,
    customSynopsis = {
        "spark-submit [SPARK OPTIONS] --class dev.sentence4j.spark.EmbedJob sentence4j-spark-<version>-all.jar \\",
        "    --input PATH --format F --text-column C --output PATH [OPTIONS]",
    },
    description = {
        "Add a sentence embedding to every row of a table and write the table as Parquet.",
        "",
        "Keeps every input column and adds 'embedding', an array<float> with sentence-transformers' encode semantics (int8 and binary precisions: tinyint; uint8 and ubinary: smallint 0..255). A row with a null text gets a null embedding. Each executor JVM opens the model once and shares it between its tasks.",
        "",
        "The driver opens the model too, to check it and --prompt-name before any task runs: a model directory must be readable by the driver and every executor (the embedded model always is).",
    },
    footer = {
        "",
        "Examples:",
        "  spark-submit --class dev.sentence4j.spark.EmbedJob sentence4j-spark-0.1.0-all.jar \\",
        "      --input docs.parquet --format parquet --text-column body --output embedded.parquet",
        "  spark-submit --master spark://host:7077 --class dev.sentence4j.spark.EmbedJob sentence4j-spark-0.1.0-all.jar \\",
        "      --input lines.txt --format text --text-column text --output vectors --precision int8 --mode overwrite",
    })
public final class EmbedJob implements Callable<Integer> {
    /** The column the job adds. */
    public static final String EMBEDDING_COLUMN = "embedding";

    enum Mode { OVERWRITE, ERROR }

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "The table to read: a file or a directory, any Hadoop filesystem.")
    String input;

    @Option(names = "--format", required = true, paramLabel = "F",
        description = "parquet, csv (with a header row), json (one object per line) or text (one row per line).")
    InputFormat format;

    @Option(names = "--text-column", required = true, paramLabel = "C",
        description = "The string column to embed (for text input: the name given to the line column).")
    String textColumn;

    @Option(names = "--output", required = true, paramLabel = "PATH", description = "Where to write the Parquet output.")
    String output;

    @Option(names = "--id-column", paramLabel = "C",
        description = "Write only this column and the embedding (a compact table to join back on C), not every input column.")
    String idColumn;

    @Option(names = "--model", paramLabel = "M",
        description = "An embedded model name or a model directory (default: the embedded default model, all-MiniLM-L6-v2).")
    String model;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "32", description = "Texts per model run (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--threads", paramLabel = "T",
        description = "ONNX Runtime threads per executor model (default: spark.task.cpus, so concurrent tasks do not oversubscribe the cores; 0 = all cores).")
    Integer threads;

    @Option(names = "--prompt-name", paramLabel = "P", description = "A prompt of the model, e.g. query or passage.")
    String promptName;

    @Option(names = "--precision", paramLabel = "P", defaultValue = "float32",
        description = "float32, int8, uint8, binary or ubinary (sentence-transformers' quantize_embeddings; int8/uint8 ranges come from all rows).")
    String precision;

    @Option(names = "--mode", paramLabel = "M", defaultValue = "error",
        description = "error (refuse an existing --output, the default) or overwrite.")
    Mode mode;

    /** The spark-submit entry point: exit code 0 on success, 2 for a usage mistake, 1 for a failed job. */
    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } finally {
            scala.Option<SparkSession> session = SparkSession.getDefaultSession();
            if (session.isDefined()) {
                session.get().stop();
            }
        }
        if (code != 0) {
            System.exit(code);
        }
    }

    /** The configured command line; tests run the job in-process through it (it uses the active session). */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new EmbedJob());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpAutoWidth(true);
        cli.setExecutionExceptionHandler(EmbedJob::handleExecutionException);
        cli.setParameterExceptionHandler(EmbedJob::handleParameterException);
        return cli;
    }

    @Override
    public Integer call() throws IOException {
        Precision p = Precision.fromName(precision).orElseThrow(() -> new IllegalArgumentException(
            "--precision '" + precision + "' is not supported; expected one of " + Precision.validNames()));
        if (batchSize < 1) {
            throw new IllegalArgumentException("--batch-size must be >= 1, found " + batchSize);
        }
        if (threads != null && threads < 0) {
            throw new IllegalArgumentException("--threads must be >= 0 (0 = all cores), found " + threads);
        }
        String modelRef = model != null ? model : EmbeddedModels.defaultName().orElseThrow(() -> new IllegalArgumentException(
            "no --model given and no embedded default model on the classpath (use the -all jar or add sentence4j-models)"));
        SparkSession spark = SparkSession.builder().appName("sentence4j embed " + input).getOrCreate();
        int onnxThreads = threads != null ? threads : spark.sparkContext().getConf().getInt("spark.task.cpus", 1);

        // Driver-side checks, cheapest first; no task has run yet.
        Path out = new Path(output);
        FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (mode == Mode.ERROR && fs.exists(out)) {
            throw new IllegalArgumentException("--output " + output + " already exists; give --mode overwrite to replace it");
        }
        Dataset<Row> df = format.read(spark, input, textColumn);
        checkColumns(df);
        int dimension = checkModel(modelRef, onnxThreads);

        Dataset<Row> embedded = new SentenceEmbedder().setInputCol(textColumn).setOutputCol(EMBEDDING_COLUMN)
            .setModel(modelRef).setBatchSize(batchSize).setThreads(onnxThreads).setPromptName(promptName)
            .transform(df);
        if (idColumn != null) {
            embedded = embedded.select(idColumn, EMBEDDING_COLUMN);
        }
        boolean cached = EmbeddingQuantization.needsRanges(p);
        if (cached) {
            // The ranges pass and the write read the same vectors: encode once.
            embedded = embedded.persist(StorageLevel.MEMORY_AND_DISK());
        }
        try {
            QuantizationRanges ranges = cached ? EmbeddingQuantization.ranges(embedded, EMBEDDING_COLUMN, dimension) : null;
            EmbeddingQuantization.quantize(embedded, EMBEDDING_COLUMN, p, ranges)
                .write().mode(mode == Mode.OVERWRITE ? SaveMode.Overwrite : SaveMode.ErrorIfExists).parquet(output);
        } finally {
            if (cached) {
                embedded.unpersist();
            }
        }
        System.err.printf(Locale.ROOT, "sentence4j: wrote %s (%s, %s, %d dimensions) for %s%n", output, modelRef,
            p.stName(), dimension, input);
        return 0;
    }

    private void checkColumns(Dataset<Row> df) {
        String columns = Arrays.toString(df.columns());
        if (!Arrays.asList(df.columns()).contains(textColumn)) {
            throw new IllegalArgumentException("--text-column \"" + textColumn + "\" is not a column of " + input
                + "; its columns are " + columns);
        }
        if (!df.schema().apply(textColumn).dataType().equals(DataTypes.StringType)) {
            throw new IllegalArgumentException("--text-column \"" + textColumn + "\" must be a string column, found "
                + df.schema().apply(textColumn).dataType().simpleString());
        }
        if (idColumn != null && !Arrays.asList(df.columns()).contains(idColumn)) {
            throw new IllegalArgumentException("--id-column \"" + idColumn + "\" is not a column of " + input
                + "; its columns are " + columns);
        }
        if (Arrays.asList(df.columns()).contains(EMBEDDING_COLUMN)) {
            throw new IllegalArgumentException(input + " already has a column \"" + EMBEDDING_COLUMN
                + "\", the column the job adds; rename or drop it first");
        }
    }

    /** Opens the model as the executors will (in local mode the same instance serves the tasks). */
    private int checkModel(String modelRef, int onnxThreads) {
        SentenceEncoder encoder = ExecutorEncoders.get(modelRef, onnxThreads);
        if (promptName != null && !encoder.info().prompts().containsKey(promptName)) {
            throw new IllegalArgumentException("--prompt-name \"" + promptName + "\" is not a prompt of " + modelRef
                + "; its prompts are " + new TreeSet<>(encoder.info().prompts().keySet()));
        }
        return encoder.dimension();
    }

    /** A usage mistake found while running: one line, exit 2. A failed job: its trace, exit 1. */
    static int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof IllegalArgumentException || e instanceof AnalysisException) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            err.println(cli.getCommandName() + ": " + m.lines().findFirst().orElse(m));
            return 2;
        }
        err.println(cli.getCommandName() + ": the job failed: " + e);
        e.printStackTrace(err);
        return 1;
    }

    /** A bad option gets its reason and a pointer to --help, exit 2 (as the sentence4j CLI does). */
    static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        cli.getErr().println(cli.getCommandName() + ": " + e.getMessage() + " (try --help)");
        return 2;
    }

    /** The version from the jar manifest, else "development build". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = EmbedJob.class.getPackage().getImplementationVersion();
            return new String[] {"sentence4j-spark " + (v == null ? "(development build)" : v),
                "Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION()};
        }
    }
}
