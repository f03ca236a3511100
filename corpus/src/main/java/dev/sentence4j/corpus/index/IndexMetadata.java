package dev.sentence4j.corpus.index;

import dev.sentence4j.core.similarity.Similarity;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an index was built with, kept in the Lucene commit's user data so that a search embeds
 * its queries with the same model and scores with the same function.
 */
public record IndexMetadata(String model, int dimension, Similarity similarity, boolean normalized,
        IndexQuantization quantization, long rows) {
    public IndexMetadata {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(similarity, "similarity");
        Objects.requireNonNull(quantization, "quantization");
    }

    Map<String, String> toUserData() {
        Map<String, String> m = new HashMap<>();
        m.put("sentence4j.model", model);
        m.put("sentence4j.dimension", String.valueOf(dimension));
        m.put("sentence4j.similarity", similarity.configName());
        m.put("sentence4j.normalized", String.valueOf(normalized));
        m.put("sentence4j.quantization", quantization.label());
        m.put("sentence4j.rows", String.valueOf(rows));
        return m;
    }

    static IndexMetadata fromUserData(Map<String, String> m, Path dir) {
        String model = m.get("sentence4j.model");
        if (model == null) {
            throw new IllegalArgumentException(dir + ": a Lucene index, but not one sentence4j built (no sentence4j.model in its commit data)");
        }
        String sim = m.get("sentence4j.similarity");
        return new IndexMetadata(model, Integer.parseInt(m.get("sentence4j.dimension")),
                Similarity.fromConfigName(sim).orElseThrow(() -> new IllegalArgumentException(
                        dir + ": unknown similarity '" + sim + "' in the commit data; expected " + Similarity.validNames())),
                Boolean.parseBoolean(m.get("sentence4j.normalized")), IndexQuantization.parse(m.get("sentence4j.quantization")),
                Long.parseLong(m.get("sentence4j.rows")));
    }
}
