package dev.sentence4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * encode's corpus mode end to end, including kill -9: the CLI runs in a child JVM, is killed
 * (SIGKILL, no shutdown hooks) once its first chunks are on disk, and --resume must produce
 * exactly the bytes of an uninterrupted run: no row lost, none repeated.
 */
class CorpusModeCliTest {
    static final String MODEL = "all-MiniLM-L6-v2-q";
    @TempDir static Path dir;
    static Path input;

    @BeforeAll
    static void corpus() throws IOException {
        try (InputStream in = CorpusModeCliTest.class.getResourceAsStream("/fortunes-300.txt")) {
            if (in == null) {
                throw new IllegalStateException("test resource /fortunes-300.txt is missing (cli/src/test/resources)");
            }
            input = dir.resolve("corpus.txt");
            Files.write(input, in.readAllBytes());
        }
    }

    private static long chunkFiles(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().matches("chunk-\\d+\\.npy")).count();
        }
    }

    @Test
    void killMinus9ThenResumeEqualsAnUninterruptedRun() throws Exception {
        Path killed = dir.resolve("killed");
        String java = ProcessHandle.current().info().command().orElseThrow(() -> new IllegalStateException("no java command"));
        List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx1g"));
        if (System.getProperty("sentence4j.home") != null) {
            cmd.add("-Dsentence4j.home=" + System.getProperty("sentence4j.home"));
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.sentence4j.cli.Main", "encode", "-m", MODEL,
                "--input", input.toString(), "--output", killed + "/", "--chunk-rows", "25"));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (chunkFiles(killed) < 2 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).as("child still running when 2 chunks appeared; log: %s", Files.readString(dir.resolve("child.log"))).isTrue();
        // Process.destroyForcibly is SIGKILL on Unix: no shutdown hooks, no finally blocks.
        child.destroyForcibly();
        child.waitFor();
        long chunksAtKill = chunkFiles(killed);
        assertThat(chunksAtKill).isLessThan(12);

        CliRun resumed = CliRun.of("encode", "-m", MODEL, "--input", input.toString(), "--output", killed.toString(),
                "--chunk-rows", "25", "--resume", "--merge");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        CliRun whole = CliRun.of("encode", "-m", MODEL, "--input", input.toString(), "--output", dir.resolve("whole") + "/",
                "--chunk-rows", "25", "--merge");
        assertThat(whole.exitCode()).as(whole.err()).isZero();

        assertThat(Files.readAllBytes(killed.resolve("embeddings.npy")))
                .isEqualTo(Files.readAllBytes(dir.resolve("whole").resolve("embeddings.npy")));
        assertThat(Npy.parse(Files.readAllBytes(killed.resolve("embeddings.npy"))).shape()).containsExactly(300, 384);
        String manifest = Files.readString(killed.resolve("manifest.json"));
        assertThat(manifest).contains("\"rows\" : 300").contains("\"complete\" : true");
    }

    @Test
    void badInputErrorsNameTheLineFieldOrHeader() throws IOException {
        Path jsonl = dir.resolve("docs.jsonl");
        Files.writeString(jsonl, "{\"body\":\"one\"}\n{\"title\":\"two\"}\n");
        CliRun r = CliRun.of("encode", "-m", MODEL, "--input", jsonl.toString(), "--text-field", "body", "--output",
                dir.resolve("j") + "/");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("line 2 has no field \"body\"").doesNotContain("\tat ");

        Path csv = dir.resolve("docs.csv");
        Files.writeString(csv, "id,title\n1,hello\n");
        r = CliRun.of("encode", "-m", MODEL, "--input", csv.toString(), "--text-column", "text", "--output", dir.resolve("c") + "/");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("the header has no column \"text\"").contains("[id, title]");

        r = CliRun.of("encode", "-m", MODEL, "--input", csv.toString(), "--output", dir.resolve("c2") + "/");
        assertThat(r.err()).contains("--text-column");

        Path bad = dir.resolve("bad.txt");
        byte[] body = ("fine\nbro" + "\u0000" + "ken\n" + "word ".repeat(300) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int zero = new String(body, java.nio.charset.StandardCharsets.UTF_8).indexOf('\u0000');
        body[zero] = (byte) 0xFF; // not UTF-8 anywhere
        Files.write(bad, body);
        r = CliRun.of("encode", "-m", MODEL, "--input", bad.toString(), "--output", dir.resolve("b1") + "/");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("bad.txt: line 2 is not valid UTF-8 (byte 0xFF at byte 4 of the line)").contains("--skip-invalid");
        r = CliRun.of("encode", "-m", MODEL, "--input", bad.toString(), "--output", dir.resolve("b2") + "/", "--skip-invalid");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("2 rows (0 blank, 1 truncated, 1 skipped)");
        assertThat(Files.readString(dir.resolve("b2").resolve("manifest.json"))).contains("line 2 is not valid UTF-8");

        r = CliRun.of("encode", "-m", MODEL, "--input", jsonl.toString(), "--text-field", "body", "--output", dir.resolve("v.npy").toString());
        assertThat(r.err()).contains("names a file, but corpus mode writes a directory");

        Path small = dir.resolve("small.txt");
        Files.writeString(small, "alpha\n\nbeta\n");
        r = CliRun.of("encode", "-m", MODEL, "--input", small.toString(), "--output", dir.resolve("s") + "/");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("3 rows (1 blank, 0 truncated, 0 skipped)");
        Files.writeString(small, "alpha\n\nbeta changed\n");
        r = CliRun.of("encode", "-m", MODEL, "--input", small.toString(), "--output", dir.resolve("s").toString(), "--resume");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("cannot resume").contains("is not the input");
    }

    @Test
    void indexBuildSearchMiningAndCommunitiesFromTheCli() throws IOException {
        Path small = dir.resolve("faq.txt");
        Files.writeString(small, "How do I reset my password?\nForgot your login? Here is how to change it.\n"
                + "Our shop ships worldwide.\nDelivery takes five days.\nThe cat sat on the mat.\n");
        Path idx = dir.resolve("faq.idx");
        CliRun b = CliRun.of("index", "build", "-m", MODEL, "--input", small.toString(), "--index", idx.toString());
        assertThat(b.exitCode()).as(b.err()).isZero();
        CliRun s = CliRun.of("search", "--index", idx.toString(), "--top-k", "2", "--json", "I lost my password");
        assertThat(s.exitCode()).as(s.err()).isZero();
        assertThat(s.out()).contains("\"line\":1");
        CliRun exact = CliRun.of("search", "--index", idx.toString(), "--top-k", "2", "--exact", "--json", "I lost my password");
        assertThat(exact.out()).isEqualTo(s.out());
        CliRun pm = CliRun.of("paraphrase-mining", "--index", idx.toString(), "--json", "--limit", "1");
        assertThat(pm.exitCode()).as(pm.err()).isZero();
        assertThat(pm.out()).contains("\"i\":0,\"j\":1");
        CliRun all = CliRun.of("paraphrase-mining", "--index", idx.toString(), "--json");
        CliRun graph = CliRun.of("paraphrase-mining", "--index", idx.toString(), "--approximate", "--json");
        assertThat(graph.exitCode()).as(graph.err()).isZero();
        assertThat(graph.out()).isEqualTo(all.out()); // 5 rows: the graph finds every neighbour
        CliRun c = CliRun.of("communities", "--index", idx.toString(), "--threshold", "0.3", "--min-community-size", "2", "--json");
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains("\"size\":");
    }
}
