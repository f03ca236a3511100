package dev.sentence4j.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.core.similarity.Similarity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * config_sentence_transformers.json: prompts, the default prompt and the similarity function.
 *
 * @param prompts           prompt name to the text ST prepends to each input
 * @param defaultPromptName a key of {@code prompts} used when the caller names none, or null
 * @param similarity        similarity_fn_name; when absent, the model class's default: cosine for a
 *                          SentenceTransformer, dot for a SparseEncoder
 */
public record SentenceTransformersConfig(Map<String, String> prompts, String defaultPromptName, Similarity similarity) {
    public static final String FILE = "config_sentence_transformers.json";

    public SentenceTransformersConfig {
        prompts = Map.copyOf(Objects.requireNonNull(prompts, "prompts"));
        Objects.requireNonNull(similarity, "similarity");
        if (defaultPromptName != null && !prompts.containsKey(defaultPromptName)) {
            throw new IllegalArgumentException("default_prompt_name \"" + defaultPromptName
                    + "\" is not one of the prompts " + prompts.keySet());
        }
    }

    static SentenceTransformersConfig read(Path dir) {
        return read(dir, Similarity.COSINE);
    }

    /**
     * Reads {@code dir/config_sentence_transformers.json}; {@code defaultSimilarity} applies when it
     * names no similarity_fn_name (ST's SentenceTransformer falls back to cosine, its SparseEncoder to dot).
     */
    static SentenceTransformersConfig read(Path dir, Similarity defaultSimilarity) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new SentenceTransformersConfig(Map.of(), null, defaultSimilarity);
        }
        JsonNode node = Json.read(file);
        Map<String, String> prompts = new LinkedHashMap<>();
        JsonNode p = node.get("prompts");
        if (p != null && !p.isNull()) {
            if (!p.isObject()) {
                throw new ModelLoadException(file, "field \"prompts\": expected an object, found " + p);
            }
            for (Map.Entry<String, JsonNode> e : p.properties()) {
                if (!e.getValue().isTextual()) {
                    throw new ModelLoadException(file, "field \"prompts." + e.getKey()
                            + "\": expected a string, found " + e.getValue());
                }
                prompts.put(e.getKey(), e.getValue().textValue());
            }
        }
        String dflt = Json.optString(node, "default_prompt_name", file);
        if (dflt != null && !prompts.containsKey(dflt)) {
            throw new ModelLoadException(file, "field \"default_prompt_name\": expected one of "
                    + prompts.keySet() + ", found \"" + dflt + "\"");
        }
        String simName = Json.optString(node, "similarity_fn_name", file);
        Similarity sim = defaultSimilarity;
        if (simName != null) {
            sim = Similarity.fromConfigName(simName).orElseThrow(() -> new ModelLoadException(file,
                    "field \"similarity_fn_name\": expected one of " + Similarity.validNames()
                            + ", found \"" + simName + "\""));
        }
        return new SentenceTransformersConfig(prompts, dflt, sim);
    }
}
