package dev.sentence4j.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.core.pooling.Pooling;
import dev.sentence4j.core.pooling.PoolingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a Pooling module's config.json: either the legacy {@code pooling_mode_*} booleans or the
 * newer {@code pooling_mode} string key (as ST's Pooling constructor accepts); an unknown mode is
 * an error naming it and the valid ones.
 */
public final class PoolingConfig {
    public static final String FILE = "config.json";

    private PoolingConfig() {}

    public static Pooling read(Path moduleDir, int fallbackDimension) {
        Path file = moduleDir.resolve(FILE);
        JsonNode node = Json.read(file);
        Integer dim = Json.optInt(node, "word_embedding_dimension", file);
        List<PoolingMode> modes = new ArrayList<>();
        String byName = Json.optString(node, "pooling_mode", file);
        if (byName != null) {
            modes.add(PoolingMode.fromConfigName(byName).orElseThrow(() -> new ModelLoadException(file,
                    "field \"pooling_mode\": unknown pooling mode \"" + byName + "\"; valid modes: "
                            + PoolingMode.validNames())));
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            if (!key.startsWith("pooling_mode_")) {
                continue;
            }
            PoolingMode mode = null;
            for (PoolingMode m : PoolingMode.values()) {
                if (m.legacyKey().equals(key)) {
                    mode = m;
                }
            }
            if (mode == null) {
                throw new ModelLoadException(file, "field \"" + key + "\": unknown pooling mode \""
                        + key.substring("pooling_mode_".length()) + "\"; valid modes: " + PoolingMode.validNames());
            }
            if (Json.optBoolean(node, key, false, file) && !modes.contains(mode)) {
                modes.add(mode);
            }
        }
        if (modes.isEmpty()) {
            throw new ModelLoadException(file, "no pooling mode is on; expected \"pooling_mode\" or one of the "
                    + "pooling_mode_* keys set to true; valid modes: " + PoolingMode.validNames());
        }
        boolean includePrompt = Json.optBoolean(node, "include_prompt", true, file);
        int width = dim != null ? dim : fallbackDimension;
        if (width <= 0) {
            throw new ModelLoadException(file, "field \"word_embedding_dimension\": expected a positive integer, found "
                    + (dim == null ? "nothing" : dim));
        }
        return new Pooling(modes, width, includePrompt);
    }
}
