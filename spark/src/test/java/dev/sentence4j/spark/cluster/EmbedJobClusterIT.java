package dev.sentence4j.spark.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sentence4j.core.Embeddings;
import dev.sentence4j.core.SentenceEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * EmbedJob from the -all jar, submitted as spark-submit submits it, to a standalone cluster on
 * 127.0.0.1: {@code local-cluster[2,1,1024]} is a master and two workers (one core each), and each
 * worker runs its executor in a JVM of its own. The output is compared with a local
 * SentenceEncoder.encode of the same texts; the driver's scheduler events ({@link EventLog}) show
 * which executor ran what; each executor's own log (work/APP/EXEC/stderr) shows its model opens.
 */
class EmbedJobClusterIT {
    static final String MODEL = "all-MiniLM-L6-v2";
    static final int PARTITIONS = 12;
    static final String OPENED = "sentence4j opened model"; // ExecutorEncoders' log line

    static SparkSession reader;
    static List<String> texts;
    static Embeddings local;
    @TempDir static Path dir;
    static Path input;

    @BeforeAll
    static void prepare() throws IOException {
        try (InputStream in = EmbedJobClusterIT.class.getResourceAsStream("/fortunes-300.txt")) {
            if (in == null) {
                throw new IllegalStateException("test resource /fortunes-300.txt is missing (spark/src/test/resources)");
            }
            texts = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
        try (SentenceEncoder encoder = SentenceEncoder.load(MODEL)) {
            local = encoder.encode(texts);
        }
        // The test JVM's own Spark only writes the input and reads the output.
        reader = SparkSession.builder().master("local[1]").appName("cluster-it-io").config("spark.ui.enabled", "false")
                .getOrCreate();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            rows.add(RowFactory.create((long) i, texts.get(i), "fortunes-300.txt:" + (i + 1)));
        }
        rows.add(RowFactory.create((long) texts.size(), null, "a null text")); // gets a null embedding
        StructType schema = new StructType().add("id", DataTypes.LongType, false).add("text", DataTypes.StringType, true)
                .add("source", DataTypes.StringType, false);
        input = dir.resolve("input.parquet");
        // 12 files of about 5 KB: 12 partitions with the split size the job is submitted with.
        reader.createDataFrame(rows, schema).repartition(PARTITIONS).write().parquet(input.toString());
    }

    @AfterAll
    static void stop() {
        if (reader != null) {
            reader.stop();
        }
    }

    private static SparkSubmitProcess submit(Path run) throws IOException, InterruptedException {
        Files.createDirectories(run);
        String home = System.getProperty("sentence4j.home");
        List<String> args = List.of(
                "--master", "local-cluster[2,1,1024]",
                "--deploy-mode", "client",
                "--class", "dev.sentence4j.spark.EmbedJob",
                "--driver-memory", "768m",
                "--executor-memory", "768m",
                "--driver-class-path", Path.of("target/test-classes").toAbsolutePath().toString(),
                "--driver-java-options", "-Dsentence4j.home=" + home,
                "--conf", "spark.executorEnv.SENTENCE4J_HOME=" + home,
                "--conf", "spark.executor.extraJavaOptions=--enable-native-access=ALL-UNNAMED",
                "--conf", "spark.extraListeners=" + EventLog.class.getName(),
                "--conf", EventLog.CONF + "=" + run.resolve("events.log"),
                "--conf", "spark.ui.enabled=false",
                "--conf", "spark.ui.showConsoleProgress=false",
                "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.driver.bindAddress=127.0.0.1",
                // Small files are packed into few splits (each costs 4 MB of "open cost" against a
                // 128 MB split); a split size below one file keeps one partition per input file.
                "--conf", "spark.sql.files.maxPartitionBytes=65536",
                jobJar().toString(),
                "--input", input.toString(), "--format", "parquet", "--text-column", "text",
                "--output", run.resolve("out").toString(), "--model", MODEL, "--batch-size", "8");
        return SparkSubmitProcess.start(run, args);
    }

    private static Path jobJar() {
        Path jar = Path.of(System.getProperty("sentence4j.spark.jobJar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no job jar at " + jar + " (mvn package builds it before the *IT tests)");
        }
        return jar;
    }

    @Test
    void everyRowOnceOnBothExecutorsEqualToLocalEncodeWithOneModelPerExecutor() throws Exception {
        Path run = dir.resolve("plain");
        try (SparkSubmitProcess job = submit(run)) {
            assertThat(job.waitFor(600)).as("spark-submit exit code; log:\n%s", job.logText()).isZero();
            checkPlainRun(run, job);
        }
    }

    private static void checkPlainRun(Path run, SparkSubmitProcess job) throws IOException {
        assertOutput(run.resolve("out"));
        Events events = Events.read(run.resolve("events.log"));
        int writeStage = events.stageWithTasks(PARTITIONS);
        assertThat(events.successfulExecutors(writeStage)).as("executors that ran write tasks")
                .containsExactlyInAnyOrder("0", "1");
        assertThat(modelOpensPerExecutor(job, events.appId())).isEqualTo(Map.of("0", 1L, "1", 1L));
    }

    @Test
    void aKilledExecutorsTasksRerunAndTheOutputIsStillExactlyOnce() throws Exception {
        Path run = dir.resolve("fault");
        try (SparkSubmitProcess job = submit(run)) {
            killAnExecutorMidJobAndCheck(run, job);
        }
    }

    private static void killAnExecutorMidJobAndCheck(Path run, SparkSubmitProcess job) throws Exception {
        Path eventFile = run.resolve("events.log");

        // Mid-job: an executor that has finished a write task (its model is open) and is running another.
        String victim = null;
        long pid = -1;
        long deadline = System.nanoTime() + 400_000_000_000L;
        while (victim == null && job.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            Events events = Events.read(eventFile);
            Optional<Integer> stage = events.findStageWithTasks(PARTITIONS);
            if (stage.isPresent()) {
                for (String exec : events.successfulExecutors(stage.get())) {
                    Optional<ProcessHandle> h = events.running(stage.get(), exec) ? job.executor(exec) : Optional.empty();
                    if (h.isPresent()) {
                        victim = exec;
                        pid = h.get().pid();
                        h.get().destroyForcibly(); // SIGKILL: no shutdown hook, no goodbye to the driver
                        break;
                    }
                }
            }
        }
        assertThat(victim).as("found an executor to kill mid-job; log:\n%s", job.logText()).isNotNull();
        assertThat(job.waitFor(600)).as("spark-submit exit code after killing executor %s (pid %d); log:\n%s", victim, pid,
                job.logText()).isZero();

        assertOutput(run.resolve("out"));
        Events events = Events.read(eventFile);
        int writeStage = events.stageWithTasks(PARTITIONS);
        String killed = victim;
        assertThat(events.lines()).as("the driver saw executor %s go", killed)
                .anyMatch(l -> l.startsWith("executor-removed " + killed + " "));
        List<Integer> lost = events.lostPartitions(writeStage, killed);
        assertThat(lost).as("write tasks lost with executor %s", killed).isNotEmpty();
        for (int partition : lost) {
            assertThat(events.successes(writeStage, partition)).as("partition %d rerun after the loss", partition)
                    .anyMatch(exec -> !exec.equals(killed));
        }
        // Every executor JVM that ran a task opened the model exactly once, the replacement too.
        Map<String, Long> opens = modelOpensPerExecutor(job, events.appId());
        assertThat(opens).containsKeys("0", "1");
        assertThat(opens.values()).allMatch(n -> n == 1L);
    }

    /** Every input row exactly once, its columns kept, its vector equal to the local encode. */
    private static void assertOutput(Path out) {
        List<Row> rows = reader.read().parquet(out.toString()).collectAsList();
        assertThat(rows).hasSize(texts.size() + 1);
        Set<Long> ids = rows.stream().map(r -> r.<Long>getAs("id")).collect(Collectors.toSet());
        assertThat(ids).hasSize(texts.size() + 1);
        double maxDiff = 0;
        for (Row r : rows) {
            long id = r.getAs("id");
            if (id == texts.size()) {
                assertThat(r.<Object>getAs("text")).isNull();
                assertThat(r.<Object>getAs("embedding")).isNull();
                continue;
            }
            assertThat(r.<String>getAs("text")).isEqualTo(texts.get((int) id));
            assertThat(r.<String>getAs("source")).isEqualTo("fortunes-300.txt:" + (id + 1));
            List<Float> v = r.getList(r.fieldIndex("embedding"));
            float[] expected = local.row((int) id);
            assertThat(v).hasSize(expected.length);
            for (int d = 0; d < expected.length; d++) {
                maxDiff = Math.max(maxDiff, Math.abs(v.get(d) - expected[d]));
            }
        }
        assertThat(maxDiff).as("max |cluster - local encode|").isLessThanOrEqualTo(1e-6);
    }

    /** Executor id to the number of "opened model" lines in that executor JVM's stderr. */
    private static Map<String, Long> modelOpensPerExecutor(SparkSubmitProcess job, String appId) throws IOException {
        Path appDir = job.sparkHome.resolve("work").resolve(appId);
        Map<String, Long> opens = new TreeMap<>();
        try (Stream<Path> execs = Files.list(appDir)) {
            for (Path exec : execs.toList()) {
                long n;
                try (Stream<String> lines = Files.lines(exec.resolve("stderr"))) {
                    n = lines.filter(l -> l.contains(OPENED)).count();
                }
                if (n > 0) {
                    opens.put(exec.getFileName().toString(), n);
                }
            }
        }
        return opens;
    }

    /** The lines {@link EventLog} wrote. */
    record Events(List<String> lines) {
        /** The complete lines: the driver may be appending one as we read. */
        static Events read(Path file) throws IOException {
            if (!Files.exists(file)) {
                return new Events(List.of());
            }
            String text = Files.readString(file);
            return new Events(List.of(text.substring(0, text.lastIndexOf('\n') + 1).split("\n")));
        }

        String appId() {
            return lines.stream().filter(l -> l.startsWith("app ")).map(l -> l.substring(4)).findFirst()
                    .orElseThrow(() -> new AssertionError("no application start in the event log"));
        }

        Optional<Integer> findStageWithTasks(int tasks) {
            return lines.stream().map(l -> l.split(" ")).filter(f -> f[0].equals("stage") && Integer.parseInt(f[2]) == tasks)
                    .map(f -> Integer.parseInt(f[1])).findFirst();
        }

        int stageWithTasks(int tasks) {
            return findStageWithTasks(tasks).orElseThrow(() -> new AssertionError("no stage of " + tasks + " tasks: " + lines));
        }

        private Stream<String[]> taskEnds(int stage) {
            return lines.stream().map(l -> l.split(" ", 5))
                    .filter(f -> f[0].equals("task-end") && Integer.parseInt(f[1]) == stage);
        }

        Set<String> successfulExecutors(int stage) {
            return taskEnds(stage).filter(f -> f[4].equals("Success")).map(f -> f[3]).collect(Collectors.toCollection(TreeSet::new));
        }

        /** Whether {@code exec} has started a task of {@code stage} that has not ended. */
        boolean running(int stage, String exec) {
            Map<String, Integer> open = new HashMap<>();
            for (String l : lines) {
                String[] f = l.split(" ", 5);
                if ((f[0].equals("task-start") || f[0].equals("task-end")) && Integer.parseInt(f[1]) == stage && f[3].equals(exec)) {
                    open.merge(f[2], f[0].equals("task-start") ? 1 : -1, Integer::sum);
                }
            }
            return open.values().stream().anyMatch(n -> n > 0);
        }

        List<Integer> lostPartitions(int stage, String exec) {
            return taskEnds(stage).filter(f -> f[3].equals(exec) && f[4].startsWith("ExecutorLostFailure"))
                    .map(f -> Integer.parseInt(f[2])).toList();
        }

        List<String> successes(int stage, int partition) {
            return taskEnds(stage).filter(f -> Integer.parseInt(f[2]) == partition && f[4].equals("Success"))
                    .map(f -> f[3]).toList();
        }
    }
}
