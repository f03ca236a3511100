package dev.sentence4j.bench.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.sentence4j.bench.worker.ScalingMeasurement;
import dev.sentence4j.bench.worker.StsMeasurement;
import dev.sentence4j.bench.worker.TokenizerMeasurement;
import java.util.List;

/**
 * One bench run, as --json prints it. Sections not run are absent.
 *
 * @param pipelines one entry per configuration (ours and the peers'), medians over rounds
 * @param ratios    ours over the peer's, same run
 * @param goals     the targets and whether this run meets them
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BenchReport(Environment environment, CorpusInfo corpus, List<PipelineSummary> pipelines,
        TokenizerMeasurement tokenizer, ScalingMeasurement scaling, StsMeasurement sts, Ratios ratios, List<Goal> goals,
        double seconds) {

    /**
     * @param loadAverageStart 1/5/15-minute load averages when the run began
     * @param loadAverageEnd   the same when it ended
     */
    public record Environment(String date, String cpuModel, List<String> cpuFeatures, int cores,
            double[] loadAverageStart, double[] loadAverageEnd, String java, String onnxRuntime, String command) {}

    /** @param meanTokens word pieces per line with [CLS] and [SEP], truncated at max_seq_length 256 */
    public record CorpusInfo(String source, int sentences, long tokens, double meanTokens) {}

    /**
     * @param sentencesPerSecond median over rounds; tokens/s uses the corpus's token count
     * @param roundsSentencesPerSecond every round's figure, in order
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PipelineSummary(String pipeline, String library, String precision, int rounds, Double sentencesPerSecond,
            Double tokensPerSecond, List<Double> roundsSentencesPerSecond, Double latencyP50Ms, Double latencyP99Ms,
            Double latencyMeanMs, Double peakRssMiB, double loadSeconds) {}

    /** Ours divided by LangChain4j's (throughput: higher is better; latency and RSS: lower is better). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ratios(Double fp32Throughput, Double int8Throughput, Double fp32LatencyP50, Double int8LatencyP50,
            Double fp32LatencyP99, Double fp32PeakRss, Double int8PeakRss, Double tokenizerSingleThreaded,
            Double tokenizerBatched) {}

    /** @param atLeast true: value must be {@code >=} target; false: value must be {@code <=} target */
    public record Goal(String name, double target, boolean atLeast, double value, boolean met) {
        public static Goal of(String name, double target, boolean atLeast, double value) {
            return new Goal(name, target, atLeast, value, atLeast ? value >= target : value <= target);
        }
    }
}
