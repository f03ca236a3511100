package dev.sentence4j.bench.worker;

import java.util.List;

/** Sentences per second for each (threads, batch size) point. */
public record ScalingMeasurement(String model, int sentences, List<Point> points, double checksum) {
    /** One (threads, batch size) point and its throughput. */
    public record Point(int threads, int batchSize, double sentencesPerSecond) {}
}
