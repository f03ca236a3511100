package dev.sentence4j.core.sparse;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What SpladePooling does to each logit, by the names of its config.json's
 * {@code activation_function}: {@code relu} is log(1 + relu(x)), as in every SPLADE model;
 * {@code log1p_relu} applies log1p once more, log(1 + log(1 + relu(x))) (OpenSearch's models).
 */
public enum SpladeActivation {
    RELU("relu"),
    LOG1P_RELU("log1p_relu");

    private final String configName;

    SpladeActivation(String configName) {
        this.configName = configName;
    }

    /** The name in config.json. */
    public String configName() {
        return configName;
    }

    /**
     * The weight of a logit {@code x}: 0 for {@code x <= 0} (relu), else log1p(x), or
     * log1p(log1p(x)). Computed in double and rounded once; Math.log1p is semi-monotonic, so a
     * larger logit never gets a smaller weight.
     */
    public float apply(float x) {
        if (!(x > 0f)) {
            return 0f; // relu (a NaN logit counts as 0)
        }
        double y = Math.log1p(x);
        return (float) (this == LOG1P_RELU ? Math.log1p(y) : y);
    }

    public static Optional<SpladeActivation> fromConfigName(String name) {
        return Arrays.stream(values()).filter(a -> a.configName.equals(name)).findFirst();
    }

    public static String validNames() {
        return Arrays.stream(values()).map(SpladeActivation::configName).collect(Collectors.joining(", "));
    }
}
