package dev.sentence4j.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * sentence_bert_config.json: the Transformer module's settings.
 *
 * @param maxSeqLength ST truncates every input to this many tokens (special tokens included)
 * @param doLowerCase  ST lower-cases the text before tokenizing
 */
public record SentenceBertConfig(int maxSeqLength, boolean doLowerCase) {
    public static final String FILE = "sentence_bert_config.json";

    public SentenceBertConfig {
        if (maxSeqLength <= 0) {
            throw new IllegalArgumentException("max_seq_length must be > 0, found " + maxSeqLength);
        }
    }

    /**
     * Reads {@code dir/sentence_bert_config.json}; without it (a plain HF model), or without
     * max_seq_length, ST takes the model's max_position_embeddings from config.json, else 512.
     */
    static SentenceBertConfig read(Path dir) {
        Path file = dir.resolve(FILE);
        Integer max = null;
        boolean lower = false;
        if (Files.isRegularFile(file)) {
            JsonNode node = Json.read(file);
            max = Json.optInt(node, "max_seq_length", file);
            lower = Json.optBoolean(node, "do_lower_case", false, file);
            if (max != null && max <= 0) {
                throw new dev.sentence4j.core.ModelLoadException(file,
                        "field \"max_seq_length\": expected a positive integer, found " + max);
            }
        }
        if (max == null) {
            // ST's Transformer: min(config.max_position_embeddings, tokenizer.model_max_length)
            // (514 and 512 for RoBERTa, whose positions start after the padding index)
            Path config = dir.resolve("config.json");
            if (Files.isRegularFile(config)) {
                max = Json.optInt(Json.read(config), "max_position_embeddings", config);
            }
            Path tokenizerConfig = dir.resolve("tokenizer_config.json");
            if (max != null && Files.isRegularFile(tokenizerConfig)) {
                JsonNode limit = Json.read(tokenizerConfig).get("model_max_length");
                if (limit != null && limit.isNumber() && limit.asDouble() > 0 && limit.asDouble() < max) {
                    max = (int) limit.asDouble();
                }
            }
        }
        return new SentenceBertConfig(max == null || max <= 0 ? 512 : max, lower);
    }
}
