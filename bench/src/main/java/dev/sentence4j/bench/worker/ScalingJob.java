package dev.sentence4j.bench.worker;

import dev.sentence4j.bench.Corpus;
import dev.sentence4j.core.EncodeOptions;
import dev.sentence4j.core.LoadOptions;
import dev.sentence4j.core.SentenceEncoder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Our fp32 throughput over ONNX Runtime intra-op thread counts and encode batch sizes, on the
 * first {@code sentences} lines, each point after one untimed pass.
 */
public record ScalingJob(String corpus, int sentences, String model, List<Integer> threads, List<Integer> batchSizes) {

    public ScalingMeasurement run() throws IOException {
        List<String> lines = Corpus.load(corpus == null ? null : Path.of(corpus)).head(sentences).lines();
        List<ScalingMeasurement.Point> points = new ArrayList<>();
        double checksum = 0;
        for (int t : threads) {
            try (SentenceEncoder encoder = SentenceEncoder.load(model, LoadOptions.defaults().withThreads(t))) {
                for (int b : batchSizes) {
                    EncodeOptions options = EncodeOptions.defaults().withBatchSize(b);
                    checksum += encoder.encode(lines, options).embeddings().data()[0];
                    long start = System.nanoTime();
                    checksum += encoder.encode(lines, options).embeddings().data()[0];
                    double seconds = (System.nanoTime() - start) / 1e9;
                    points.add(new ScalingMeasurement.Point(t, b, lines.size() / seconds));
                }
            }
        }
        return new ScalingMeasurement(model, lines.size(), points, checksum);
    }
}
