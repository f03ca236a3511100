package dev.sentence4j.bench.worker;

import dev.sentence4j.core.SentenceEncoder;
import dev.sentence4j.core.evaluation.StsEvaluator;
import dev.sentence4j.core.evaluation.StsPair;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * STS Benchmark test split, cosine Spearman, fp32 and int8, so the speed of the int8 path is
 * shown next to what it costs in quality.
 *
 * @param pairs how many pairs (the first ones; 0 = all 1,379)
 */
public record StsJob(int pairs) {
    static final String RESOURCE = "/dev/sentence4j/bench/sts/stsb-test.tsv";

    public StsMeasurement run() throws IOException {
        List<StsPair> all;
        try (InputStream in = StsJob.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bench resource " + RESOURCE + " is missing from the classpath");
            }
            all = StsEvaluator.readTsv(in, RESOURCE);
        }
        List<StsPair> used = pairs <= 0 || pairs >= all.size() ? all : all.subList(0, pairs);
        double fp32;
        double int8;
        try (SentenceEncoder e = SentenceEncoder.load("all-MiniLM-L6-v2")) {
            fp32 = StsEvaluator.evaluate(e, used).spearman();
        }
        try (SentenceEncoder e = SentenceEncoder.load("all-MiniLM-L6-v2-q")) {
            int8 = StsEvaluator.evaluate(e, used).spearman();
        }
        return new StsMeasurement(used.size(), fp32, int8, int8 - fp32);
    }
}
