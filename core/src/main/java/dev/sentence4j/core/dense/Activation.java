package dev.sentence4j.core.dense;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Activation functions of ST's Dense module, keyed by the fully qualified torch class name that
 * 2_Dense/config.json stores in {@code activation_function}.
 */
public enum Activation {
    IDENTITY("torch.nn.modules.linear.Identity"),
    TANH("torch.nn.modules.activation.Tanh"),
    RELU("torch.nn.modules.activation.ReLU"),
    SIGMOID("torch.nn.modules.activation.Sigmoid"),
    GELU("torch.nn.modules.activation.GELU");

    private final String torchName;

    Activation(String torchName) {
        this.torchName = torchName;
    }

    public String torchName() {
        return torchName;
    }

    public static Optional<Activation> fromTorchName(String name) {
        return Arrays.stream(values()).filter(a -> a.torchName.equals(name)).findFirst();
    }

    public static String validNames() {
        return Arrays.stream(values()).map(Activation::torchName).collect(Collectors.joining(", "));
    }

    public float apply(float x) {
        return switch (this) {
            case IDENTITY -> x;
            case TANH -> (float) Math.tanh(x);
            case RELU -> Math.max(0f, x);
            case SIGMOID -> (float) (1.0 / (1.0 + Math.exp(-x)));
            // torch GELU default (approximate='none'): x * Phi(x) = 0.5 x (1 + erf(x / sqrt 2))
            case GELU -> (float) (0.5 * x * (1.0 + Erf.erf(x / Math.sqrt(2.0))));
        };
    }
}
