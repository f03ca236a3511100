package dev.sentence4j.viz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sentence4j.viz.SharedModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandsTest {
    static String run(Object command, StringWriter err, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return code + "\n" + out;
    }

    @Test
    void helpTeaches() {
        String heat = run(new HeatmapCommand(), new StringWriter(), "--help");
        assertThat(heat).startsWith("0\n").contains("--layer").contains("--model").contains("all-MiniLM-L6-v2")
                .contains("context-free").contains("Examples:");
        String vocab = run(new VocabMapCommand(), new StringWriter(), "--help");
        assertThat(vocab).contains("--method").contains("--sample").contains("--seed").contains("--label").contains("tsne or pca");
    }

    @Test
    void unknownExtensionFailsBeforeLoadingAModel() {
        StringWriter err = new StringWriter();
        String r = run(new HeatmapCommand(), err, "--out", "x.jpg", "a", "b");
        assertThat(r).startsWith("1\n");
        assertThat(err.toString()).contains("supported: .png, .svg, .html");
        StringWriter err2 = new StringWriter();
        run(new VocabMapCommand(), err2, "--out", "x.svgz");
        assertThat(err2.toString()).contains("supported: .html, .png, .svg");
    }

    @Test
    void heatmapWritesTheFile() throws Exception {
        SharedModel.encoder(); // warm the embedded-model cache
        Path out = SharedModel.renders().resolve("cli-heatmap.html");
        Files.deleteIfExists(out);
        String r = run(new HeatmapCommand(), new StringWriter(), "--layer", "input", "--out", out.toString(),
                "vector search optimization", "we learn to apply vector search optimization");
        assertThat(r).startsWith("0\n");
        assertThat(Files.readString(out)).contains("\"optimization\"");
    }

    @Test
    void vocabMapPcaWritesTheFile() throws Exception {
        Path out = SharedModel.renders().resolve("cli-vocab.png");
        Files.deleteIfExists(out);
        StringWriter err = new StringWriter();
        String r = run(new VocabMapCommand(), err, "--method", "pca", "--sample", "2000", "--out", out.toString(),
                "--label", "search", "--label", "nosuchtokenxyz");
        assertThat(r).startsWith("1\n");
        assertThat(err.toString()).contains("\"nosuchtokenxyz\" is not in the vocabulary");
        r = run(new VocabMapCommand(), new StringWriter(), "--method", "pca", "--sample", "2000", "--out", out.toString(),
                "--label", "search");
        assertThat(r).startsWith("0\n");
        assertThat(Files.size(out)).isGreaterThan(10_000);
    }
}
