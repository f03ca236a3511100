package dev.sentence4j.bench.report;

import dev.sentence4j.bench.Machine;
import dev.sentence4j.bench.report.BenchReport.Goal;
import dev.sentence4j.bench.report.BenchReport.PipelineSummary;
import dev.sentence4j.bench.worker.ScalingMeasurement;
import java.util.Locale;

/** The human-readable form of a {@link BenchReport}. */
public final class TextReport {
    private TextReport() {}

    public static String render(BenchReport r) {
        StringBuilder b = new StringBuilder();
        BenchReport.Environment e = r.environment();
        line(b, "sentence4j bench, %s", e.date());
        line(b, "CPU %s (%d cores; %s), %s, ONNX Runtime %s", e.cpuModel(), e.cores(), String.join(" ", e.cpuFeatures()),
                e.java(), e.onnxRuntime());
        line(b, "load average at start %s, at end %s", Machine.formatLoad(e.loadAverageStart()),
                Machine.formatLoad(e.loadAverageEnd()));
        line(b, "corpus %s: %d sentences, %.1f word pieces per line", r.corpus().source(), r.corpus().sentences(),
                r.corpus().meanTokens());
        if (r.pipelines() != null) {
            b.append('\n');
            line(b, "%-18s %12s %12s %10s %10s %10s", "pipeline", "sentences/s", "tokens/s", "p50 ms", "p99 ms", "peak RSS");
            for (PipelineSummary p : r.pipelines()) {
                line(b, "%-18s %12s %12s %10s %10s %10s", p.pipeline(), num(p.sentencesPerSecond(), "%.1f"),
                        num(p.tokensPerSecond(), "%.0f"), num(p.latencyP50Ms(), "%.2f"), num(p.latencyP99Ms(), "%.2f"),
                        p.peakRssMiB() == null ? "-" : String.format(Locale.ROOT, "%.0f MiB", p.peakRssMiB()));
            }
        }
        if (r.tokenizer() != null) {
            var t = r.tokenizer();
            b.append('\n');
            line(b, "tokenizer (%d lines, %d tokens, ids differ on %d lines), tokens/s:", t.sentences(), t.tokens(),
                    t.mismatchedLines());
            line(b, "  single-threaded: ours %.0f, HF %.0f, ratio %.2f", t.oursSingleTokensPerSecond(),
                    t.hfSingleTokensPerSecond(), t.singleRatio());
            line(b, "  batched by %d:   ours %.0f, HF %.0f, ratio %.2f", t.batchSize(), t.oursBatchedTokensPerSecond(),
                    t.hfBatchedTokensPerSecond(), t.batchedRatio());
        }
        if (r.scaling() != null) {
            b.append('\n');
            line(b, "scaling, %s on %d sentences, sentences/s:", r.scaling().model(), r.scaling().sentences());
            for (ScalingMeasurement.Point p : r.scaling().points()) {
                line(b, "  threads %d, batch %3d: %.1f", p.threads(), p.batchSize(), p.sentencesPerSecond());
            }
        }
        if (r.sts() != null) {
            b.append('\n');
            line(b, "STS-B (%d pairs) Spearman: fp32 %.4f, int8 %.4f, difference %+.4f", r.sts().pairs(),
                    r.sts().fp32Spearman(), r.sts().int8Spearman(), r.sts().delta());
        }
        if (!r.goals().isEmpty()) {
            b.append('\n');
            line(b, "ratios and goals (same run):");
            for (Goal g : r.goals()) {
                line(b, "  %-48s %7.3f  goal %s %.3f  %s", g.name(), g.value(), g.atLeast() ? ">=" : "<=", g.target(),
                        g.met() ? "met" : "NOT MET");
            }
        }
        if (r.ratios().int8LatencyP50() != null) {
            line(b, "  %-48s %7.3f", "int8 single-sentence p50 vs LangChain4j int8", r.ratios().int8LatencyP50());
        }
        if (r.ratios().int8PeakRss() != null) {
            line(b, "  %-48s %7.3f", "int8 peak RSS vs LangChain4j int8", r.ratios().int8PeakRss());
        }
        line(b, "(%.0f s)", r.seconds());
        if (r.pipelines() != null && r.ratios().fp32Throughput() != null) {
            b.append('\n');
            line(b, "BENCHMARKS.md row:");
            line(b, "%s", markdownRow(r));
        }
        return b.toString();
    }

    /**
     * | date | CPU, cores | load start/end | command | s4j fp32 | LC4j fp32 | ratio | s4j int8 | LC4j int8 | ratio
     * | p50 ms s4j/LC4j (ratio) | peak RSS MiB s4j/LC4j (ratio) | tokenizer ratio |
     */
    static String markdownRow(BenchReport r) {
        BenchReport.Environment e = r.environment();
        var p = r.pipelines();
        var q = r.ratios();
        return String.format(Locale.ROOT,
                "| %s | %s, %d cores | %s / %s | `%s` | %s | %s | %s | %s | %s | %s | %s / %s (%s) | %s / %s (%s) | %s |",
                e.date().substring(0, 16).replace('T', ' '), e.cpuModel(), e.cores(),
                Machine.formatLoad(e.loadAverageStart()), Machine.formatLoad(e.loadAverageEnd()), e.command(),
                num(p.get(0).sentencesPerSecond(), "%.0f"), num(p.get(1).sentencesPerSecond(), "%.0f"),
                num(q.fp32Throughput(), "%.2fx"), num(p.get(2).sentencesPerSecond(), "%.0f"),
                num(p.get(3).sentencesPerSecond(), "%.0f"), num(q.int8Throughput(), "%.2fx"),
                num(p.get(0).latencyP50Ms(), "%.2f"), num(p.get(1).latencyP50Ms(), "%.2f"), num(q.fp32LatencyP50(), "%.2fx"),
                num(p.get(0).peakRssMiB(), "%.0f"), num(p.get(1).peakRssMiB(), "%.0f"), num(q.fp32PeakRss(), "%.2fx"),
                num(q.tokenizerSingleThreaded(), "%.2fx"));
    }

    private static String num(Double v, String format) {
        return v == null ? "-" : String.format(Locale.ROOT, format, v);
    }

    private static void line(StringBuilder b, String format, Object... args) {
        b.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
