package dev.sentence4j.core.pooling;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The pooling modes of sentence-transformers' {@code Pooling} module, named as its configs spell
 * them. Declaration order is ST's concatenation order when several modes are on at once
 * (sentence_transformers/models/Pooling.py forward: cls, max, mean, mean_sqrt_len_tokens,
 * weightedmean, lasttoken).
 */
public enum PoolingMode {
    CLS("cls", "pooling_mode_cls_token"),
    MAX("max", "pooling_mode_max_tokens"),
    MEAN("mean", "pooling_mode_mean_tokens"),
    MEAN_SQRT_LEN_TOKENS("mean_sqrt_len_tokens", "pooling_mode_mean_sqrt_len_tokens"),
    WEIGHTED_MEAN("weightedmean", "pooling_mode_weightedmean_tokens"),
    LAST_TOKEN("lasttoken", "pooling_mode_lasttoken");

    private final String configName;
    private final String legacyKey;

    PoolingMode(String configName, String legacyKey) {
        this.configName = configName;
        this.legacyKey = legacyKey;
    }

    /** The value of the {@code pooling_mode} key, e.g. {@code "mean"}. */
    public String configName() {
        return configName;
    }

    /** The legacy boolean key in 1_Pooling/config.json, e.g. {@code "pooling_mode_mean_tokens"}. */
    public String legacyKey() {
        return legacyKey;
    }

    /** The mode whose {@link #configName()} is {@code name}, if any. */
    public static Optional<PoolingMode> fromConfigName(String name) {
        for (PoolingMode m : values()) {
            if (m.configName.equals(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The valid config names, comma separated, for error messages. */
    public static String validNames() {
        return Arrays.stream(values()).map(PoolingMode::configName).collect(Collectors.joining(", "));
    }
}
