package dev.sentence4j.core.crossencoder;

import dev.sentence4j.core.dense.Activation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What turns a cross-encoder's logits into scores: sentence-transformers' {@code activation_fn},
 * saved in config.json as the torch class's full name (ST v4+: {@code sentence_transformers.activation_fn},
 * older versions: {@code sbert_ce_default_activation_function}). Either a function applied to
 * each logit (the Dense module's {@link Activation}s: Sigmoid, Identity, Tanh, ReLU, GELU) or
 * Softmax across the labels of one input ({@code nn.Softmax()} on a {@code [batch, labels]}
 * tensor takes dim 1: torch's implicit dim rule for 2-D input).
 */
public sealed interface ScoreActivation permits ScoreActivation.Elementwise, ScoreActivation.Softmax {
    /** ST's {@code torch.nn.Softmax} by its full name, as ST's {@code fullname} writes it. */
    String SOFTMAX = "torch.nn.modules.activation.Softmax";

    /** The class's short name: "Sigmoid", "Identity", "Softmax", ... */
    String name();

    /** The torch class's full name, as config.json stores it. */
    String torchName();

    /** Applies the activation to {@code values}, {@code [rows * labels]}, in place. */
    void applyInPlace(float[] values, int rows, int labels);

    /** ST's default: Sigmoid for one label (a relevance score in (0, 1)), the logits as they are otherwise. */
    static ScoreActivation defaultFor(int numLabels) {
        return new Elementwise(numLabels == 1 ? Activation.SIGMOID : Activation.IDENTITY);
    }

    /**
     * The activation a torch class name stands for: the full module path ST saves
     * ({@code torch.nn.modules.activation.Sigmoid}) or the short path ST also imports
     * ({@code torch.nn.Sigmoid}); empty when it is not one of {@link #supportedNames()}.
     */
    static Optional<ScoreActivation> fromTorchName(String name) {
        Objects.requireNonNull(name, "name");
        String full = name;
        if (name.startsWith("torch.nn.") && name.indexOf('.', "torch.nn.".length()) < 0) {
            String shortName = name.substring("torch.nn.".length());
            full = SOFTMAX.endsWith("." + shortName) ? SOFTMAX : null;
            for (Activation a : Activation.values()) {
                if (a.torchName().endsWith("." + shortName)) {
                    full = a.torchName();
                }
            }
            if (full == null) {
                return Optional.empty();
            }
        }
        if (full.equals(SOFTMAX)) {
            return Optional.of(new Softmax());
        }
        return Activation.fromTorchName(full).map(Elementwise::new);
    }

    /** The torch names {@link #fromTorchName} accepts, in their full form. */
    static List<String> supportedNames() {
        List<String> out = new ArrayList<>();
        for (Activation a : Activation.values()) {
            out.add(a.torchName());
        }
        out.add(SOFTMAX);
        return out;
    }

    /** A function of each logit alone. */
    record Elementwise(Activation function) implements ScoreActivation {
        public Elementwise {
            Objects.requireNonNull(function, "function");
        }

        @Override
        public String name() {
            return torchName().substring(torchName().lastIndexOf('.') + 1);
        }

        @Override
        public String torchName() {
            return function.torchName();
        }

        @Override
        public void applyInPlace(float[] values, int rows, int labels) {
            int n = rows * labels;
            for (int i = 0; i < n; i++) {
                values[i] = function.apply(values[i]);
            }
        }
    }

    /** Softmax over each input's labels: exp(x - max) / sum, the max taken out so exp cannot overflow. */
    record Softmax() implements ScoreActivation {
        @Override
        public String name() {
            return "Softmax";
        }

        @Override
        public String torchName() {
            return SOFTMAX;
        }

        @Override
        public void applyInPlace(float[] values, int rows, int labels) {
            for (int r = 0; r < rows; r++) {
                int base = r * labels;
                float max = Float.NEGATIVE_INFINITY;
                for (int l = 0; l < labels; l++) {
                    max = Math.max(max, values[base + l]);
                }
                double sum = 0;
                double[] e = new double[labels];
                for (int l = 0; l < labels; l++) {
                    e[l] = Math.exp(values[base + l] - (double) max);
                    sum += e[l];
                }
                for (int l = 0; l < labels; l++) {
                    values[base + l] = (float) (e[l] / sum);
                }
            }
        }
    }
}
