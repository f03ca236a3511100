package dev.sentence4j.viz;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the vocabulary map reduces the embedding matrix to two dimensions. */
public enum ProjectionMethod {
    /** Barnes-Hut t-SNE with cosine distance: local neighbourhoods, slower. */
    TSNE,
    /** The first two principal components: global directions, seconds. */
    PCA;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProjectionMethod fromCliName(String name) {
        for (ProjectionMethod m : values()) {
            if (m.cliName().equals(name.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown projection method \"" + name + "\"; supported: "
                + Arrays.stream(values()).map(ProjectionMethod::cliName).collect(Collectors.joining(", ")));
    }
}
