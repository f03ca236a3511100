package dev.sentence4j.spark.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * spark-submit as Spark's own bin/spark-class runs it, without the shell: first
 * {@code org.apache.spark.launcher.Main} prints the driver's command line (NUL-separated after a
 * start flag: java,
 * the module opens, -Xmx from --driver-memory, -cp with --driver-class-path and SPARK_HOME/jars),
 * then that command runs as a child process. With a {@code local-cluster[N,cores,mb]} master the
 * driver JVM also hosts a standalone master and N workers, and each worker starts its executor as
 * a JVM of its own (ExecutorRunner, java -cp SPARK_HOME/jars/*), a child of the driver.
 *
 * <p>SPARK_HOME is a fresh directory per run whose jars/ links to the jars the build copied from
 * the Maven dependencies (target/spark-home/jars), so each run's work/ (executor logs) is its own.
 */
final class SparkSubmitProcess implements AutoCloseable {
    final Path sparkHome;
    final Path log;
    private final Process process;

    private SparkSubmitProcess(Path sparkHome, Path log, Process process) {
        this.sparkHome = sparkHome;
        this.log = log;
        this.process = process;
    }

    /** Starts spark-submit with {@code args} (its own options, the jar, then the job's arguments). */
    static SparkSubmitProcess start(Path runDir, List<String> args) throws IOException, InterruptedException {
        Path jars = Path.of(requiredProperty("sentence4j.spark.home")).resolve("jars").toAbsolutePath();
        if (!Files.isDirectory(jars)) {
            throw new IllegalStateException("no Spark jars at " + jars + " (the build's copy-dependencies step makes them)");
        }
        Path home = Files.createDirectories(runDir.resolve("spark-home"));
        Files.createSymbolicLink(home.resolve("jars"), jars);
        Files.createDirectories(home.resolve("conf"));
        String javaHome = System.getProperty("java.home");
        Map<String, String> env = Map.of(
                "SPARK_HOME", home.toString(),
                // bin/load-spark-env.sh sets it in a distribution; without it the launcher looks for a source build
                "SPARK_SCALA_VERSION", "2.13",
                "JAVA_HOME", javaHome,
                "SPARK_LOCAL_IP", "127.0.0.1");

        List<String> launcher = new ArrayList<>(List.of(javaHome + "/bin/java", "-Xmx128m", "-cp", jars + "/*",
                "org.apache.spark.launcher.Main", "org.apache.spark.deploy.SparkSubmit"));
        launcher.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(launcher).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("Spark's launcher failed (exit " + p.exitValue() + "): "
                    + new String(out, StandardCharsets.UTF_8));
        }
        // bin/spark-class's protocol: lines of messages, then a "\0\n" start flag, then the command's
        // arguments, each followed by \0.
        String text = new String(out, StandardCharsets.UTF_8);
        int flag = text.indexOf("\0\n");
        if (flag < 0) {
            throw new IllegalStateException("no command in the output of Spark's launcher: " + text);
        }
        List<String> command = Arrays.asList(text.substring(flag + 2).split("\0"));

        Path log = runDir.resolve("spark-submit.log");
        ProcessBuilder driver = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .directory(runDir.toFile());
        driver.environment().putAll(env);
        return new SparkSubmitProcess(home, log, driver.start());
    }

    private static String requiredProperty(String name) {
        String v = System.getProperty(name);
        if (v == null) {
            throw new IllegalStateException("system property " + name + " is not set (the spark module's failsafe config sets it)");
        }
        return v;
    }

    /** Ends the driver and its executors if a failed test left them running. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the driver to exit; its exit code. */
    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("spark-submit did not finish in " + seconds + " s; its log: " + log);
        }
        return process.exitValue();
    }

    /** The live executor JVM with this id: a descendant of the driver running CoarseGrainedExecutorBackend. */
    Optional<ProcessHandle> executor(String executorId) {
        return process.descendants().filter(ProcessHandle::isAlive).filter(h -> {
            List<String> cmd = h.info().arguments().map(Arrays::asList).orElse(List.of());
            int at = cmd.indexOf("--executor-id");
            return cmd.stream().anyMatch(a -> a.endsWith("CoarseGrainedExecutorBackend"))
                    && at >= 0 && at + 1 < cmd.size() && cmd.get(at + 1).equals(executorId);
        }).findFirst();
    }

    String logText() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }
}
