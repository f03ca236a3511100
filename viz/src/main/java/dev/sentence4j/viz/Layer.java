package dev.sentence4j.viz;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which token vectors a heatmap compares. */
public enum Layer {
    /** Rows of the word-embedding matrix: context-free, the same token always has the same vector. */
    INPUT,
    /** The contextual token embeddings the model outputs (ST's output_value="token_embeddings"). */
    OUTPUT;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Layer fromCliName(String name) {
        for (Layer l : values()) {
            if (l.cliName().equals(name.toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown layer \"" + name + "\"; supported: "
                + Arrays.stream(values()).map(Layer::cliName).collect(Collectors.joining(", ")));
    }
}
