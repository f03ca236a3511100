package dev.sentence4j.bench.worker;

/** Single-sentence encode times, milliseconds. */
public record LatencyMeasurement(int samples, double p50Ms, double p99Ms, double meanMs) {}
