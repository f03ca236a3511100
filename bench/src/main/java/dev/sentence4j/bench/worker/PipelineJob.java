package dev.sentence4j.bench.worker;

import dev.sentence4j.bench.Corpus;
import dev.sentence4j.bench.Machine;
import dev.sentence4j.bench.Stats;
import dev.sentence4j.bench.pipeline.EmbeddingPipeline;
import dev.sentence4j.bench.pipeline.PipelineKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One configuration in its own JVM: load, warm up, encode the corpus once (timed), then single
 * sentences (timed one by one), then read the process's peak RSS.
 *
 * @param pipeline       a {@link PipelineKind} id
 * @param corpus         corpus file, or null for the embedded corpus
 * @param sentences      how many corpus lines to encode
 * @param threads        ONNX Runtime intra-op threads for ours (0 = all cores)
 * @param warmup         lines encoded once, untimed, before the timed pass
 * @param throughput     whether to run the timed corpus pass (the job whose peak RSS is reported)
 * @param latencySamples single sentences timed (0 = none)
 * @param latencyWarmup  single sentences encoded untimed first
 */
public record PipelineJob(String pipeline, String corpus, int sentences, int threads, int warmup, boolean throughput,
        int latencySamples, int latencyWarmup) {

    public PipelineMeasurement run() throws IOException {
        PipelineKind kind = PipelineKind.fromId(pipeline);
        Corpus c = Corpus.load(corpus == null ? null : Path.of(corpus)).head(sentences);
        double checksum = 0;
        long t0 = System.nanoTime();
        try (EmbeddingPipeline p = kind.open(threads)) {
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            ThroughputMeasurement tp = null;
            if (throughput) {
                checksum += p.encodeAll(c.lines().subList(0, Math.min(warmup, c.size())));
                long start = System.nanoTime();
                checksum += p.encodeAll(c.lines());
                double seconds = (System.nanoTime() - start) / 1e9;
                tp = new ThroughputMeasurement(c.size(), seconds, c.size() / seconds);
            }
            LatencyMeasurement latency = null;
            if (latencySamples > 0) {
                List<String> sample = latencySample(c.lines(), latencySamples);
                for (int i = 0; i < latencyWarmup; i++) {
                    checksum += p.encodeOne(sample.get(i % sample.size()));
                }
                double[] ms = new double[sample.size()];
                for (int i = 0; i < sample.size(); i++) {
                    long s = System.nanoTime();
                    checksum += p.encodeOne(sample.get(i));
                    ms[i] = (System.nanoTime() - s) / 1e6;
                }
                latency = new LatencyMeasurement(ms.length, Stats.percentile(ms, 50), Stats.percentile(ms, 99), Stats.mean(ms));
            }
            return new PipelineMeasurement(kind.id(), kind.library(), kind.precision(), loadSeconds, tp, latency,
                    Machine.peakRssKiB() / 1024.0, checksum);
        }
    }

    /**
     * Evenly spaced lines from the corpus's first 1,000 (the embedded corpus's uniform sample),
     * so that latency sees typical lengths rather than a sorted run.
     */
    static List<String> latencySample(List<String> lines, int n) {
        int pool = Math.min(1000, lines.size());
        int count = Math.min(n, pool);
        double step = (double) pool / count;
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> lines.get((int) (i * step))).toList();
    }
}
