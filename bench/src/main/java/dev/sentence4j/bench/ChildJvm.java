package dev.sentence4j.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentence4j.bench.worker.WorkerMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Runs one worker job in a fresh JVM (same java, same classpath, same flags for every job), so
 * each configuration's peak RSS is its own and no JIT or native state leaks between them.
 *
 * @param profileDir where each child writes a JFR recording, or null for none
 */
public record ChildJvm(Path profileDir) {
    private static final ObjectMapper JSON = WorkerMain.mapper();

    public <T> T run(String task, String label, Object job, Class<T> resultType) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-Dslf4j.internal.verbosity=ERROR"); // DJL's "no SLF4J providers" notice, once per child
        String home = System.getProperty("sentence4j.home");
        if (home != null) {
            cmd.add("-Dsentence4j.home=" + home);
        }
        // Our ONNX Runtime settings (-Dsentence4j.ort.spinning, -Dsentence4j.ort.lanes) reach the
        // children that run sentence4j; LangChain4j's sessions do not read them.
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("sentence4j.ort.")) {
                cmd.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        if (profileDir != null) {
            cmd.add("-XX:StartFlightRecording=settings=profile,filename="
                    + profileDir.resolve(label + ".jfr").toAbsolutePath());
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(BenchMain.class.getName());
        cmd.add("worker");
        cmd.add(task);
        try {
            cmd.add(JSON.writeValueAsString(job));
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String result = null;
            Deque<String> tail = new ArrayDeque<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith(WorkerMain.RESULT_PREFIX)) {
                        result = line.substring(WorkerMain.RESULT_PREFIX.length());
                    } else {
                        tail.addLast(line);
                        if (tail.size() > 20) {
                            tail.removeFirst();
                        }
                    }
                }
            }
            int exit = p.waitFor();
            if (exit != 0 || result == null) {
                throw new IllegalStateException("bench worker \"" + label + "\" (" + task + ") exited with " + exit
                        + (result == null ? " and no result" : "") + "; its last output lines: " + tail);
            }
            return JSON.readValue(result, resultType);
        } catch (IOException e) {
            throw new UncheckedIOException("bench worker \"" + label + "\" failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for bench worker \"" + label + "\"", e);
        }
    }
}
