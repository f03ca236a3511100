package dev.sentence4j.bench;

import ai.onnxruntime.OrtEnvironment;
import dev.sentence4j.bench.pipeline.PipelineKind;
import dev.sentence4j.bench.report.BenchReport;
import dev.sentence4j.bench.report.BenchReport.CorpusInfo;
import dev.sentence4j.bench.report.BenchReport.Environment;
import dev.sentence4j.bench.report.BenchReport.Goal;
import dev.sentence4j.bench.report.BenchReport.PipelineSummary;
import dev.sentence4j.bench.report.BenchReport.Ratios;
import dev.sentence4j.bench.worker.PipelineJob;
import dev.sentence4j.bench.worker.PipelineMeasurement;
import dev.sentence4j.bench.worker.ScalingJob;
import dev.sentence4j.bench.worker.ScalingMeasurement;
import dev.sentence4j.bench.worker.StsJob;
import dev.sentence4j.bench.worker.StsMeasurement;
import dev.sentence4j.bench.worker.TokenizerJob;
import dev.sentence4j.bench.worker.TokenizerMeasurement;
import dev.sentence4j.core.EmbeddedModels;
import dev.sentence4j.tokenizers.Tokenizer;
import dev.sentence4j.tokenizers.Truncation;
import java.io.IOException;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Runs a {@link BenchPlan}: every configuration in its own child JVM, peers and ours alternating
 * round by round, and puts the figures and their ratios into one {@link BenchReport}.
 */
public final class BenchRunner {
    /** all-MiniLM-L6-v2's max_seq_length (sentence_bert_config.json). */
    private static final int MAX_SEQ_LENGTH = 256;

    private final BenchPlan plan;
    private final PrintStream progress;
    private final ChildJvm jvm;

    public BenchRunner(BenchPlan plan, PrintStream progress) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.jvm = new ChildJvm(plan.profileDir());
    }

    public BenchReport run(String command) throws IOException {
        long start = System.nanoTime();
        double[] loadStart = Machine.loadAverage();
        Corpus corpus = Corpus.load(plan.corpus()).head(plan.sentences());
        String corpusArg = plan.corpus() == null ? null : plan.corpus().toAbsolutePath().toString();
        CorpusInfo corpusInfo = corpusInfo(corpus);
        progress.printf(Locale.ROOT, "bench: %s, %d sentences, %.1f word pieces per line; load average %s%n",
                corpus.source(), corpus.size(), corpusInfo.meanTokens(), Machine.formatLoad(loadStart));

        List<PipelineSummary> pipelines = null;
        if (plan.has(Section.THROUGHPUT) || plan.has(Section.LATENCY) || plan.has(Section.RSS)) {
            pipelines = runPipelines(corpusArg, corpusInfo);
        }
        TokenizerMeasurement tokenizer = null;
        if (plan.has(Section.TOKENIZER)) {
            progress.println("bench: tokenizer, ours vs HF tokenizers (DJL)");
            tokenizer = jvm.run("tokenizer", "tokenizer",
                    new TokenizerJob(corpusArg, plan.tokenizerLines(), plan.tokenizerPasses(), 256), TokenizerMeasurement.class);
        }
        ScalingMeasurement scaling = null;
        if (plan.has(Section.SCALING)) {
            progress.println("bench: scaling over threads " + plan.threads() + " and batch sizes " + plan.batchSizes());
            scaling = jvm.run("scaling", "scaling", new ScalingJob(corpusArg, plan.scalingLines(), "all-MiniLM-L6-v2",
                    plan.threads(), plan.batchSizes()), ScalingMeasurement.class);
        }
        StsMeasurement sts = null;
        if (plan.has(Section.STS)) {
            progress.println("bench: STS-B Spearman, int8 vs fp32");
            sts = jvm.run("sts", "sts", new StsJob(plan.stsPairs()), StsMeasurement.class);
        }
        Ratios ratios = ratios(pipelines, tokenizer);
        Environment env = new Environment(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                Machine.cpuModel(), Machine.cpuFeatures(), Machine.cores(), loadStart, Machine.loadAverage(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                OrtEnvironment.getEnvironment().getVersion(), command);
        return new BenchReport(env, corpusInfo, pipelines, tokenizer, scaling, sts, ratios, goals(ratios, sts),
                (System.nanoTime() - start) / 1e9);
    }

    private static CorpusInfo corpusInfo(Corpus corpus) {
        Tokenizer t = Tokenizer.fromPretrainedDirectory(EmbeddedModels.materialize("all-MiniLM-L6-v2"))
                .withTruncation(Truncation.of(MAX_SEQ_LENGTH)).withPadding(null);
        long tokens = 0;
        for (String line : corpus.lines()) {
            tokens += t.encode(line).length();
        }
        return new CorpusInfo(corpus.source(), corpus.size(), tokens, (double) tokens / corpus.size());
    }

    private List<PipelineSummary> runPipelines(String corpusArg, CorpusInfo corpusInfo) {
        boolean timed = plan.has(Section.THROUGHPUT) || plan.has(Section.RSS);
        int latencySamples = plan.has(Section.LATENCY) ? plan.latencySamples() : 0;
        Map<PipelineKind, List<PipelineMeasurement>> runs = new EnumMap<>(PipelineKind.class);
        for (int round = 0; round < plan.rounds(); round++) {
            List<PipelineKind> order = new ArrayList<>(Arrays.asList(PipelineKind.values()));
            if (round % 2 == 1) {
                java.util.Collections.reverse(order); // a drift in machine load then hits both sides alike
            }
            for (PipelineKind kind : order) {
                progress.printf(Locale.ROOT, "bench: round %d/%d, %s ...", round + 1, plan.rounds(), kind.id());
                PipelineMeasurement m = jvm.run("pipeline", kind.id() + "-round" + (round + 1),
                        new PipelineJob(kind.id(), corpusArg, plan.sentences(), 0, plan.warmup(), timed, latencySamples,
                                plan.latencyWarmup()), PipelineMeasurement.class);
                progress.printf(Locale.ROOT, " %s%n", m.throughput() == null ? "done"
                        : String.format(Locale.ROOT, "%.1f sentences/s", m.throughput().sentencesPerSecond()));
                runs.computeIfAbsent(kind, k -> new ArrayList<>()).add(m);
            }
        }
        List<PipelineSummary> out = new ArrayList<>();
        for (PipelineKind kind : PipelineKind.values()) {
            List<PipelineMeasurement> ms = runs.get(kind);
            List<Double> sps = ms.stream().filter(m -> m.throughput() != null)
                    .map(m -> m.throughput().sentencesPerSecond()).toList();
            Double s = sps.isEmpty() ? null : Stats.median(sps.stream().mapToDouble(Double::doubleValue).toArray());
            boolean lat = ms.get(0).latency() != null;
            out.add(new PipelineSummary(kind.id(), kind.library(), kind.precision(), ms.size(),
                    plan.has(Section.THROUGHPUT) ? s : null,
                    plan.has(Section.THROUGHPUT) && s != null ? s * corpusInfo.meanTokens() : null,
                    plan.has(Section.THROUGHPUT) ? sps : null,
                    lat ? median(ms, m -> m.latency().p50Ms()) : null,
                    lat ? median(ms, m -> m.latency().p99Ms()) : null,
                    lat ? median(ms, m -> m.latency().meanMs()) : null,
                    plan.has(Section.RSS) ? median(ms, PipelineMeasurement::peakRssMiB) : null,
                    median(ms, PipelineMeasurement::loadSeconds)));
        }
        return out;
    }

    private static double median(List<PipelineMeasurement> ms, ToDoubleFunction<PipelineMeasurement> f) {
        return Stats.median(ms.stream().mapToDouble(f).toArray());
    }

    static Ratios ratios(List<PipelineSummary> pipelines, TokenizerMeasurement tokenizer) {
        Double fp32 = null, int8 = null, p50 = null, p50q = null, p99 = null, rss = null, rssq = null;
        if (pipelines != null) {
            PipelineSummary ours = find(pipelines, PipelineKind.SENTENCE4J_FP32);
            PipelineSummary peer = find(pipelines, PipelineKind.LANGCHAIN4J_FP32);
            PipelineSummary oursQ = find(pipelines, PipelineKind.SENTENCE4J_INT8);
            PipelineSummary peerQ = find(pipelines, PipelineKind.LANGCHAIN4J_INT8);
            fp32 = ratio(ours.sentencesPerSecond(), peer.sentencesPerSecond());
            int8 = ratio(oursQ.sentencesPerSecond(), peerQ.sentencesPerSecond());
            p50 = ratio(ours.latencyP50Ms(), peer.latencyP50Ms());
            p50q = ratio(oursQ.latencyP50Ms(), peerQ.latencyP50Ms());
            p99 = ratio(ours.latencyP99Ms(), peer.latencyP99Ms());
            rss = ratio(ours.peakRssMiB(), peer.peakRssMiB());
            rssq = ratio(oursQ.peakRssMiB(), peerQ.peakRssMiB());
        }
        return new Ratios(fp32, int8, p50, p50q, p99, rss, rssq,
                tokenizer == null ? null : tokenizer.singleRatio(), tokenizer == null ? null : tokenizer.batchedRatio());
    }

    private static PipelineSummary find(List<PipelineSummary> all, PipelineKind kind) {
        return all.stream().filter(p -> p.pipeline().equals(kind.id())).findFirst().orElseThrow();
    }

    private static Double ratio(Double a, Double b) {
        return a == null || b == null ? null : Stats.ratio(a, b);
    }

    /** The targets (issue 9) and the tokenizers issue's, for whatever this run measured. */
    static List<Goal> goals(Ratios r, StsMeasurement sts) {
        List<Goal> goals = new ArrayList<>();
        if (r.fp32Throughput() != null) {
            goals.add(Goal.of("fp32 throughput vs LangChain4j fp32", 2.0, true, r.fp32Throughput()));
        }
        if (r.int8Throughput() != null) {
            goals.add(Goal.of("int8 throughput vs LangChain4j int8", 2.0, true, r.int8Throughput()));
        }
        if (r.fp32LatencyP50() != null) {
            goals.add(Goal.of("fp32 single-sentence p50 vs LangChain4j fp32", 0.6, false, r.fp32LatencyP50()));
        }
        if (r.fp32PeakRss() != null) {
            goals.add(Goal.of("fp32 peak RSS vs LangChain4j fp32", 0.6, false, r.fp32PeakRss()));
        }
        if (sts != null) {
            goals.add(Goal.of("STS-B Spearman drop, int8 vs fp32", 0.005, false, sts.fp32Spearman() - sts.int8Spearman()));
        }
        if (r.tokenizerSingleThreaded() != null) {
            goals.add(Goal.of("tokenizer single-threaded vs HF tokenizers", 1.5, true, r.tokenizerSingleThreaded()));
        }
        return goals;
    }
}
