package dev.sentence4j.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sentence4j.bench.BenchPlan;
import dev.sentence4j.bench.BenchRunner;
import dev.sentence4j.bench.Section;
import dev.sentence4j.bench.report.BenchReport;
import dev.sentence4j.bench.report.TextReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sentence4j bench}: sentence4j against its peers, in one run, on this machine. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Measure sentence4j against its peers in one run on this machine.",
        "",
        "Each configuration (sentence4j fp32 and int8, LangChain4j's AllMiniLmL6V2EmbeddingModel and its quantized model, all on the same all-MiniLM-L6-v2 ONNX files) runs in its own JVM: it loads, warms up, encodes the corpus once (throughput), then single sentences (latency p50/p99), then reports its peak RSS (VmHWM). The tokenizer section compares our tokenizer with HF tokenizers (Rust, via DJL); scaling varies batch size and ONNX Runtime threads; sts compares int8 with fp32 on STS-B.",
        "",
        "Figures are ratios taken in the same run; the load average is printed with them because other work on the machine moves them. The full run takes a few minutes.",
    },
    footer = {
        "",
        "Examples:",
        "  sentence4j bench",
        "  sentence4j bench --json > bench.json",
        "  sentence4j bench --quick --sections throughput,latency",
    })
public final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object instead of tables.")
    boolean json;

    @Option(names = "--corpus", paramLabel = "FILE",
            description = "Sentences, one per line (UTF-8). Default: the embedded fortunes-10k corpus.")
    Path corpus;

    @Option(names = "--quick", description = "A smoke run on about 50 sentences (seconds, not minutes; figures are not meaningful).")
    boolean quick;

    @Option(names = "--sections", paramLabel = "LIST", defaultValue = "throughput,latency,tokenizer,rss,scaling,sts",
            description = "Comma-separated subset of: throughput, latency, tokenizer, rss, scaling, sts (default: all).")
    String sections;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "1",
            description = "Run each configuration N times, alternating the order; medians are reported (default: 1).")
    int rounds;

    @Option(names = "--sentences", paramLabel = "N",
            description = "Encode only the first N corpus lines in the throughput pass.")
    Integer sentences;

    @Option(names = "--profile", paramLabel = "DIR",
            description = "Record a JFR profile of each child JVM into DIR (for finding where the time goes).")
    Path profile;

    @Override
    public Integer call() throws Exception {
        if (rounds <= 0) {
            throw new IllegalArgumentException("--rounds must be > 0, found " + rounds);
        }
        var chosen = Section.parseList(sections);
        BenchPlan plan = (quick ? BenchPlan.quick(corpus, chosen) : BenchPlan.full(corpus, chosen)).withRounds(rounds);
        if (sentences != null) {
            plan = plan.withSentences(sentences);
        }
        if (profile != null) {
            Files.createDirectories(profile);
            plan = plan.withProfileDir(profile);
        }
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        BenchReport report = new BenchRunner(plan, err).run(commandLine());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            out.println(new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        } else {
            out.print(TextReport.render(report));
        }
        return 0;
    }

    /** "sentence4j bench" and this command's own arguments (as a subcommand, picocli's original args start with "bench"). */
    private String commandLine() {
        java.util.List<String> args = spec.commandLine().getParseResult().originalArgs();
        int from = spec.parent() != null && args.contains(spec.name()) ? args.indexOf(spec.name()) + 1 : 0;
        StringBuilder b = new StringBuilder("sentence4j bench");
        for (String a : args.subList(from, args.size())) {
            b.append(' ').append(a);
        }
        return b.toString();
    }
}
