package dev.sentence4j.core.sparse;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How SpladePooling combines a text's tokens, by the names of its config.json's
 * {@code pooling_strategy}: {@code max} (SPLADE v2 and later) or {@code sum} (the original SPLADE).
 */
public enum SpladePoolingStrategy {
    MAX("max"),
    SUM("sum");

    private final String configName;

    SpladePoolingStrategy(String configName) {
        this.configName = configName;
    }

    /** The name in config.json. */
    public String configName() {
        return configName;
    }

    public static Optional<SpladePoolingStrategy> fromConfigName(String name) {
        return Arrays.stream(values()).filter(s -> s.configName.equals(name)).findFirst();
    }

    public static String validNames() {
        return Arrays.stream(values()).map(SpladePoolingStrategy::configName).collect(Collectors.joining(", "));
    }
}
