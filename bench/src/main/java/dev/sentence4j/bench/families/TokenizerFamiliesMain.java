package dev.sentence4j.bench.families;

import dev.sentence4j.bench.ChildJvm;
import dev.sentence4j.bench.Machine;
import dev.sentence4j.bench.worker.TokenizerFamilyJob;
import dev.sentence4j.core.EmbeddedModels;
import dev.sentence4j.bench.worker.TokenizerFamilyMeasurement;
import dev.sentence4j.bench.worker.TokenizerFamilyMeasurement.LongInput;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Encode speed of several tokenizer.json files (issue 8's families: WordPiece, byte-level BPE,
 * SentencePiece-style BPE, Precompiled + Unigram), ours against HF tokenizers via DJL. Each file
 * runs in its own JVM ({@link ChildJvm}), so that one family's JIT profile does not shape
 * another's. Prints Markdown tables for BENCHMARKS.md; exits 1 when ids differ anywhere.
 * {@code bench/tokenizer-families.sh} prepares the files and runs this.
 */
@Command(
    name = "tokenizer-families",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Encode throughput, ours vs HF tokenizers (DJL), per tokenizer.json, single and batched, "
            + "and single long inputs; ids compared on every line.")
public final class TokenizerFamiliesMain implements Callable<Integer> {
    private static final String EMBEDDED = "embedded:";

    @Parameters(paramLabel = "NAME=TOKENIZER_JSON", arity = "1..*",
            description = "A label and a plain (not gzipped) tokenizer.json, or embedded:MODEL for an embedded model's.")
    List<String> files;

    @Option(names = "--corpus", paramLabel = "FILE",
            description = "Sentences, one per line (UTF-8). Default: the embedded fortunes-10k corpus.")
    Path corpus;

    @Option(names = "--sentences", paramLabel = "N", defaultValue = "10000", description = "Lines to encode (default: 10000).")
    int sentences;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "3", description = "Timed passes, best counts (default: 3).")
    int passes;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "256", description = "Lines per batch call (default: 256).")
    int batch;

    @Option(names = "--long-mb", paramLabel = "LIST", split = ",", defaultValue = "1,10",
            description = "Sizes in MB (10^6 bytes) of the single long inputs (default: 1,10; 0 for none).")
    List<Integer> longMegabytes;

    @Option(names = "--long-runs", paramLabel = "N", defaultValue = "2", description = "Timed encodes per long input, best counts (default: 2).")
    int longRuns;

    @Spec
    CommandSpec spec; // so usage errors go to the executing CommandLine's streams

    @Option(names = "--profile", paramLabel = "DIR", description = "Record a JFR profile of each child JVM into DIR.")
    Path profile;

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new TokenizerFamiliesMain());
        cli.setUsageHelpAutoWidth(true);
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        // checked here so that a bad count is a usage error (exit 2), not TokenizerFamilyJob's
        // IllegalArgumentException surfacing from the first child JVM as a stack trace
        positive("--sentences", sentences);
        positive("--passes", passes);
        positive("--batch", batch);
        positive("--long-runs", longRuns);
        for (int mb : longMegabytes) {
            if (mb < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--long-mb: expected sizes >= 0 (0 for none), found " + mb);
            }
        }
        List<String[]> named = new ArrayList<>();
        for (String f : files) {
            int eq = f.indexOf('=');
            if (eq <= 0 || eq == f.length() - 1) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "expected NAME=TOKENIZER_JSON, found \"" + f + "\"");
            }
            String where = f.substring(eq + 1);
            Path json = where.startsWith(EMBEDDED) // a model shipped in sentence4j-models, as TokenizerJob uses
                    ? EmbeddedModels.materialize(where.substring(EMBEDDED.length())).resolve("tokenizer.json")
                    : Path.of(where);
            if (!Files.isRegularFile(json)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "tokenizer.json of " + f.substring(0, eq) + " not found: " + json);
            }
            named.add(new String[] {f.substring(0, eq), json.toAbsolutePath().toString()});
        }
        long[] longBytes = longMegabytes.stream().filter(mb -> mb > 0).mapToLong(mb -> mb * 1_000_000L).toArray();
        if (profile != null) {
            Files.createDirectories(profile);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        String started = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        String loadStart = Machine.formatLoad(Machine.loadAverage());
        ChildJvm jvm = new ChildJvm(profile);
        List<TokenizerFamilyMeasurement> results = new ArrayList<>();
        for (String[] f : named) {
            err.println("tokenizer-families: " + f[0] + " (" + f[1] + ")... load " + Machine.formatLoad(Machine.loadAverage()));
            TokenizerFamilyJob job = new TokenizerFamilyJob(f[0], f[1], corpus == null ? null : corpus.toString(),
                    sentences, passes, batch, longBytes, longRuns);
            results.add(jvm.run("tokenizer-family", "tokenizer-family-" + f[0], job, TokenizerFamilyMeasurement.class));
        }
        out.printf(Locale.ROOT, "%s UTC, %s, %d cores, java %s, load average start %s / end %s%n%n", started,
                Machine.cpuModel(), Machine.cores(), System.getProperty("java.version"), loadStart,
                Machine.formatLoad(Machine.loadAverage()));
        out.print(throughputTable(results));
        out.println();
        out.print(longInputTable(results));
        boolean agree = results.stream().allMatch(TokenizerFamilyMeasurement::agrees);
        if (!agree) {
            err.println("tokenizer-families: ids DIFFER from HF tokenizers (see the tables); the speeds above compare different outputs");
        }
        return agree ? 0 : 1;
    }

    private void positive(String option, int value) {
        if (value <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + ": expected a count > 0, found " + value);
        }
    }

    static String throughputTable(List<TokenizerFamilyMeasurement> results) {
        StringBuilder b = new StringBuilder();
        b.append("| tokenizer | lines | tokens | ids equal | mode | ours tokens/s | HF tokens/s | ours / HF |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        for (TokenizerFamilyMeasurement m : results) {
            String agree = m.mismatchedLines() == 0 ? "all lines"
                    : "**NO: " + m.mismatchedLines() + " lines differ, first " + m.firstMismatchLine() + "**";
            b.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %s | 1 thread | %s | %s | %.2fx |%n", m.family(),
                    m.sentences(), m.tokens(), agree, mega(m.oursSingleTokensPerSecond()),
                    mega(m.hfSingleTokensPerSecond()), m.singleRatio()));
            b.append(String.format(Locale.ROOT, "| | | | | batch %d | %s | %s | %.2fx |%n", m.batchSize(),
                    mega(m.oursBatchedTokensPerSecond()), mega(m.hfBatchedTokensPerSecond()), m.batchedRatio()));
        }
        return b.toString();
    }

    static String longInputTable(List<TokenizerFamilyMeasurement> results) {
        StringBuilder b = new StringBuilder();
        b.append("| tokenizer | input | tokens | ids equal | ours s | HF s | ours / HF time |\n");
        b.append("|---|---|---|---|---|---|---|\n");
        for (TokenizerFamilyMeasurement m : results) {
            for (LongInput l : m.longInputs()) {
                b.append(String.format(Locale.ROOT, "| %s | %.1f MB | %,d | %s | %.3f | %.3f | %.2fx |%n", m.family(),
                        l.bytes() / 1e6, l.oursTokens(), l.sameIds() ? "yes" : "**NO (HF: " + l.hfTokens() + " tokens)**",
                        l.oursSeconds(), l.hfSeconds(), l.oursSeconds() / l.hfSeconds()));
            }
        }
        return b.toString();
    }

    private static String mega(double perSecond) {
        return String.format(Locale.ROOT, "%.2f M", perSecond / 1e6);
    }
}
