package dev.sentence4j.cli;

import dev.sentence4j.core.cli.ModelOptions;
import dev.sentence4j.cli.output.Json;
import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.evaluation.StsEvaluator;
import dev.sentence4j.core.evaluation.StsPair;
import dev.sentence4j.core.evaluation.StsResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    mixinStandardHelpOptions = true,
    name = "evaluate-sts",
    sortOptions = false,
    description = {
        "Score a model on a semantic textual similarity (STS) set.",
        "",
        "FILE is tab-separated with a header row: score, sentence1, sentence2. Both sentences of each pair are embedded; the cosine of each pair is compared with the human gold score. Spearman's rank correlation is the usual headline figure (MTEB reports it x100): all-MiniLM-L6-v2 scores 0.8203 on the STS Benchmark test split.",
    },
    footer = {
        "",
        "Examples:",
        "  sentence4j evaluate-sts stsb-test.tsv",
        "  sentence4j evaluate-sts --model all-MiniLM-L6-v2-q --json stsb-test.tsv",
    })
final class EvaluateStsCommand implements Callable<Integer> {
    @Mixin ModelOptions model;

    @Option(names = "--json", description = "Print {\"pairs\":N,\"pearson\":r,\"spearman\":rho} (fractions, not x100).")
    boolean json;

    @Parameters(paramLabel = "FILE", arity = "1", description = "TSV file: score, sentence1, sentence2, with a header row.")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("STS file '" + file + "' does not exist");
        }
        List<StsPair> pairs = StsEvaluator.readTsv(file);
        StsResult result;
        try (SentenceEncoder encoder = model.open()) {
            result = StsEvaluator.evaluate(encoder, pairs);
        }
        if (json) {
            Map<String, Object> obj = new LinkedHashMap<>();
            obj.put("pairs", result.pairs());
            obj.put("pearson", result.pearson());
            obj.put("spearman", result.spearman());
            Json.printLine(System.out, obj);
        } else {
            System.out.printf(Locale.ROOT, "model     %s%n", model.model);
            System.out.printf(Locale.ROOT, "file      %s%n", file);
            System.out.printf(Locale.ROOT, "pairs     %d%n", result.pairs());
            System.out.printf(Locale.ROOT, "pearson   %.4f%n", result.pearson());
            System.out.printf(Locale.ROOT, "spearman  %.4f%n", result.spearman());
        }
        return 0;
    }
}
