package dev.sentence4j.bench.worker;

/**
 * What one configuration's JVM measured.
 *
 * @param throughput null when not measured
 * @param latency    null when not measured
 * @param peakRssMiB VmHWM of the whole JVM at the end of the job
 */
public record PipelineMeasurement(String pipeline, String library, String precision, double loadSeconds,
        ThroughputMeasurement throughput, LatencyMeasurement latency, double peakRssMiB, double checksum) {}
