package dev.sentence4j.spark.bench;

import dev.sentence4j.core.EncodeOptions;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.spark.SentenceEmbedder;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Sentences per second: plain SentenceEncoder.encode against SentenceEmbedder on Spark local[N],
 * same lines, same JVM; heap high-water mark. Not a test: run by hand (see BENCHMARKS.md).
 *
 * <p>Args: lines file, number of lines, model, Spark master (default local[2]).
 */
public final class SparkThroughputBenchmark {
    public static void main(String[] args) throws Exception {
        PrintStream out = System.out; // a benchmark's report
        List<String> all = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        int n = Math.min(Integer.parseInt(args[1]), all.size());
        List<String> lines = all.subList(0, n);
        String model = args.length > 2 ? args[2] : "all-MiniLM-L6-v2";
        String master = args.length > 3 ? args[3] : "local[2]";

        long t0 = System.nanoTime();
        try (SentenceEncoder encoder = SentenceEncoder.load(model)) {
            encoder.encode(lines.subList(0, Math.min(64, n))); // warm-up
            t0 = System.nanoTime();
            encoder.encode(lines, EncodeOptions.defaults());
        }
        double plain = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "plain encode: %d lines in %.1f s = %.1f sentences/s%n", n, plain, n / plain);

        SparkSession spark = SparkSession.builder().master(master).appName("sentence4j-bench")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            Dataset<Row> df = spark.createDataset(lines, Encoders.STRING()).toDF("text").repartition(2).cache();
            df.count();
            int slots = Integer.parseInt(master.replaceAll("\\D", "").isEmpty() ? "1" : master.replaceAll("\\D", ""));
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / slots);
            SentenceEmbedder embedder = new SentenceEmbedder().setModel(model).setBatchSize(32).setThreads(threads);
            embedder.transform(df.limit(64)).count(); // warm-up: one model per JVM
            long s0 = System.nanoTime();
            long rows = embedder.transform(df).count();
            double secs = (System.nanoTime() - s0) / 1e9;
            out.printf(Locale.ROOT, "spark %s, %d ONNX thread(s) per task: %d lines in %.1f s = %.1f sentences/s%n", master, threads, rows, secs, rows / secs);
        } finally {
            spark.stop();
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        out.printf(Locale.ROOT, "heap high-water mark (sum of pool peaks): %.0f MB%n", peak / 1e6);
    }
}
