package dev.sentence4j.bench.worker;

/** One timed pass over the corpus. */
public record ThroughputMeasurement(int sentences, double seconds, double sentencesPerSecond) {}
