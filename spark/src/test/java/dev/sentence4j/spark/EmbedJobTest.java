package dev.sentence4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sentence4j.core.EncodeOptions;
import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.quantization.Precision;
import dev.sentence4j.core.quantization.QuantizedEmbeddings;
import dev.sentence4j.core.quantization.Quantizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * EmbedJob's command line in-process on a local[2] session (the job takes the active session):
 * formats, columns kept or dropped, the quantized precisions against core's Quantizer on a local
 * encode, and usage mistakes answered in one line with exit 2 before any task runs.
 * (The cluster run from the -all jar is EmbedJobClusterIT.)
 */
class EmbedJobTest {
    static final String MODEL = "all-MiniLM-L6-v2";
    static SparkSession spark;
    static List<String> texts;
    static final AtomicInteger TASKS = new AtomicInteger();
    @TempDir static Path dir;

    @BeforeAll
    static void start() throws IOException {
        try (InputStream in = EmbedJobTest.class.getResourceAsStream("/fortunes-300.txt")) {
            if (in == null) {
                throw new IllegalStateException("test resource /fortunes-300.txt is missing (spark/src/test/resources)");
            }
            texts = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")).subList(0, 40);
        }
        spark = SparkSession.builder().master("local[2]").appName("embed-job-test").config("spark.ui.enabled", "false")
                .getOrCreate();
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskStart(SparkListenerTaskStart event) {
                TASKS.incrementAndGet();
            }
        });
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        CommandLine cli = EmbedJob.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Path textFile(String name, List<String> lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, lines, StandardCharsets.UTF_8);
        return p;
    }

    private static float[] floats(List<Float> list) {
        float[] out = new float[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    @Test
    void textInputFloat32EqualsLocalEncode() throws IOException {
        Path in = textFile("lines.txt", texts);
        Path out = dir.resolve("text-out");
        Run r = run("--input", in.toString(), "--format", "text", "--text-column", "sentence", "--output", out.toString(),
                "--model", MODEL, "--batch-size", "8");
        assertThat(r.code()).as(r.err()).isZero();
        List<Row> rows = spark.read().parquet(out.toString()).collectAsList();
        assertThat(spark.read().parquet(out.toString()).schema().simpleString())
                .isEqualTo("struct<sentence:string,embedding:array<float>>");
        Embeddings local;
        try (SentenceEncoder encoder = SentenceEncoder.load(MODEL)) {
            local = encoder.encode(texts);
        }
        assertThat(rows).hasSize(texts.size());
        List<String> seen = new ArrayList<>();
        for (Row row : rows) {
            String text = row.getString(0);
            seen.add(text);
            float[] v = floats(row.getList(1));
            float[] expected = local.row(texts.indexOf(text));
            for (int d = 0; d < v.length; d++) {
                assertThat(Math.abs(v[d] - expected[d])).isLessThanOrEqualTo(1e-6f);
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(texts);
    }

    @Test
    void csvInputKeepsOnlyTheIdColumnWhenAsked() throws IOException {
        List<String> lines = new ArrayList<>(List.of("doc,body,lang"));
        for (int i = 0; i < 5; i++) {
            lines.add("d" + i + ",\"" + texts.get(i).replace("\"", "\"\"") + "\",en");
        }
        Path in = textFile("docs.csv", lines);
        Path out = dir.resolve("csv-out");
        Run r = run("--input", in.toString(), "--format", "csv", "--text-column", "body", "--id-column", "doc",
                "--output", out.toString(), "--model", MODEL);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(spark.read().parquet(out.toString()).columns()).containsExactly("doc", "embedding");
        assertThat(spark.read().parquet(out.toString()).count()).isEqualTo(5);
    }

    @Test
    void quantizedPrecisionsMatchCoreQuantizerOnLocalEncode() throws IOException {
        Path in = textFile("q.txt", texts);
        Embeddings local;
        try (SentenceEncoder encoder = SentenceEncoder.load(MODEL)) {
            local = encoder.encode(texts, EncodeOptions.defaults()).embeddings();
        }
        for (Precision p : List.of(Precision.INT8, Precision.UINT8, Precision.BINARY, Precision.UBINARY)) {
            Path out = dir.resolve("q-" + p.stName());
            Run r = run("--input", in.toString(), "--format", "text", "--text-column", "text", "--output", out.toString(),
                    "--model", MODEL, "--precision", p.stName(), "--batch-size", "8");
            assertThat(r.code()).as(r.err()).isZero();
            // int8/uint8 ranges over all 40 rows, as ST's quantize_embeddings over one encode call.
            QuantizedEmbeddings expected = Quantizer.quantize(local, p, null);
            int maxCodeDiff = 0;
            int differing = 0;
            for (Row row : spark.read().parquet(out.toString()).collectAsList()) {
                int i = texts.indexOf(row.getString(0));
                List<?> codes = row.getList(1);
                assertThat(codes).hasSize(expected.bytesPerRow());
                int[] want = expected.row(i);
                for (int c = 0; c < want.length; c++) {
                    int got = ((Number) codes.get(c)).intValue();
                    if (got != want[c]) {
                        differing++;
                        maxCodeDiff = Math.max(maxCodeDiff, Math.abs(got - want[c]));
                    }
                }
            }
            // Spark's vectors equal the local ones to within float summation order (<= 1e-6), which
            // can move a value across a code boundary by one step, rarely.
            assertThat(maxCodeDiff).as(p.stName() + " max code difference").isLessThanOrEqualTo(1);
            assertThat(differing).as(p.stName() + " codes differing of " + texts.size() * expected.bytesPerRow()).isLessThanOrEqualTo(3);
            String type = spark.read().parquet(out.toString()).schema().apply("embedding").dataType().simpleString();
            assertThat(type).isEqualTo(p.unsigned() ? "array<smallint>" : "array<tinyint>");
        }
    }

    @Test
    void usageMistakesAreOneLineExit2BeforeAnyTask() throws Exception {
        Path in = textFile("u.txt", texts.subList(0, 3));
        Path csv = textFile("u.csv", List.of("a,b", "x,y"));
        Path existing = Files.createDirectories(dir.resolve("exists"));
        String out = dir.resolve("never").toString();
        // CSV's header is read by a small Spark job of its own (as JSON's schema inference is): tasks,
        // but no embedding. Every other mistake is caught before Spark runs anything.
        assertUsage(run("--input", csv.toString(), "--format", "csv", "--text-column", "body", "--output", out),
                "--text-column \"body\" is not a column of " + csv, "[a, b]");
        assertUsage(run("--input", csv.toString(), "--format", "csv", "--text-column", "a", "--id-column", "key", "--output", out),
                "--id-column \"key\" is not a column");
        spark.sparkContext().listenerBus().waitUntilEmpty(); // task events are delivered asynchronously
        int before = TASKS.get();
        assertUsage(run("--input", in.toString(), "--format", "text", "--text-column", "t", "--output", out, "--precision", "int4"),
                "--precision 'int4' is not supported", "float32, int8, uint8, binary, ubinary");
        assertUsage(run("--input", in.toString(), "--format", "text", "--text-column", "t", "--output", out, "--batch-size", "0"),
                "--batch-size must be >= 1, found 0");
        assertUsage(run("--input", in.toString(), "--format", "xml", "--text-column", "t", "--output", out),
                "--format", "xml");
        assertUsage(run("--input", in.toString(), "--format", "text", "--output", out), "--text-column");
        assertUsage(run("--input", in.toString(), "--format", "text", "--text-column", "t", "--output", existing.toString()),
                "--output " + existing + " already exists; give --mode overwrite");
        assertUsage(run("--input", in.toString(), "--format", "text", "--text-column", "t", "--output", out, "--model", "no-such-model"),
                "\"no-such-model\" is not an embedded model");
        assertUsage(run("--input", in.toString(), "--format", "text", "--text-column", "t", "--output", out, "--model", MODEL,
                "--prompt-name", "query"), "--prompt-name \"query\" is not a prompt of " + MODEL);
        assertUsage(run("--input", dir.resolve("missing.parquet").toString(), "--format", "parquet", "--text-column", "t",
                "--output", out), "missing.parquet");
        spark.sparkContext().listenerBus().waitUntilEmpty();
        assertThat(TASKS.get()).as("tasks started by the rejected runs").isEqualTo(before);
        assertThat(Files.exists(Path.of(out))).isFalse();
    }

    private static void assertUsage(Run r, String... fragments) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).as("one line: " + r.err()).isEqualTo(1);
        for (String f : fragments) {
            assertThat(r.err()).contains(f);
        }
    }

    @Test
    void helpDescribesTheJob() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("spark-submit [SPARK OPTIONS] --class dev.sentence4j.spark.EmbedJob")
                .contains("--input", "--format", "--text-column", "--output", "--id-column", "--model", "--batch-size",
                        "--threads", "--prompt-name", "--precision", "--mode");
    }
}
