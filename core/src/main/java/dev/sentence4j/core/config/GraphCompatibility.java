package dev.sentence4j.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.core.runtime.EmbeddingTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Checks, at load, that the tokenizer and the configs fit the ONNX graph, so that a mismatch is
 * refused with both numbers instead of failing inside ONNX Runtime on the first batch that hits it:
 * every token id below the word embedding table's rows, max_seq_length within the position table,
 * and the Pooling (or SpladePooling) config's word_embedding_dimension equal to the graph's output width. The sizes
 * come from the graph's own tables where they can be found, else from config.json.
 */
public final class GraphCompatibility {

    /**
     * RoBERTa-style models number positions from padding_idx + 1 (transformers'
     * create_position_ids_from_input_ids), so max_position_embeddings = 514 holds 512 tokens.
     */
    private static final Set<String> POSITIONS_AFTER_PADDING = Set.of("roberta", "xlm-roberta", "xlm-roberta-xl",
            "camembert", "mpnet", "data2vec-text", "longformer");

    private GraphCompatibility() {
    }

    /**
     * An embedding model's checks: token ids, max_seq_length (sentence_bert_config.json) and the
     * Pooling width.
     *
     * @param tokenizerFile the tokenizer's file, named in errors
     * @param maxTokenId    the largest id the tokenizer can produce
     * @param tables        the graph's embedding tables (-1 where unknown)
     * @param graphWidth    the graph's token output width, -1 when symbolic
     */
    public static void check(ModelDirectory model, Path tokenizerFile, int maxTokenId, EmbeddingTables tables,
            int graphWidth) {
        Path onnx = model.onnxFile();
        checkTokenIds(model.directory(), onnx, tokenizerFile, maxTokenId, tables);
        checkMaxLength(model.directory(), onnx, model.transformer().maxSeqLength(),
                model.directory().resolve(SentenceBertConfig.FILE), "max_seq_length", tables);

        int width = graphWidth > 0 ? graphWidth : tables.hidden();
        int pooling = model.pooling().wordEmbeddingDimension();
        if (width > 0 && pooling != width) {
            throw new ModelLoadException(model.poolingConfig(), "field \"word_embedding_dimension\": " + pooling
                    + " differs from the width of the graph's token embeddings, " + width + " (" + onnx + ")");
        }
    }

    /**
     * The sparse model's checks, and its vector width: tokens and positions as for any model, then
     * SpladePooling's word_embedding_dimension against the width of the graph's logits output (the
     * MLM head's vocabulary). The width is the graph's when it declares one, else the config's, else
     * the word embedding table's rows (BERT's decoder is tied to it), else config.json's vocab_size.
     *
     * @param graphWidth the logits output's last dimension, -1 when symbolic
     * @param output     the logits output's name, for messages
     */
    public static int checkSparse(SparseModelDirectory model, Path tokenizerFile, int maxTokenId, EmbeddingTables tables,
            int graphWidth, String output) {
        checkTokenIds(model.directory(), model.onnxFile(), tokenizerFile, maxTokenId, tables);
        checkMaxLength(model.directory(), model.onnxFile(), model.transformer().maxSeqLength(),
                model.directory().resolve(SentenceBertConfig.FILE), "max_seq_length", tables);
        int configured = model.pooling().wordEmbeddingDimension();
        if (graphWidth > 0) {
            if (configured > 0 && configured != graphWidth) {
                throw new ModelLoadException(model.pooling().file(), "field \"word_embedding_dimension\": " + configured
                        + " differs from the width of the graph's \"" + output + "\" output, " + graphWidth
                        + " (" + model.onnxFile() + ")");
            }
            return graphWidth;
        }
        if (configured > 0) {
            return configured;
        }
        if (tables.wordRows() > 0) {
            return tables.wordRows();
        }
        Path configFile = model.directory().resolve("config.json");
        Integer vocab = Files.isRegularFile(configFile) ? Json.optInt(Json.read(configFile), "vocab_size", configFile) : null;
        if (vocab != null && vocab > 0) {
            return vocab;
        }
        throw new ModelLoadException(model.pooling().file(), "field \"word_embedding_dimension\": absent, and the width of "
                + "the graph's \"" + output + "\" output is not declared (" + model.onnxFile() + "); give the vocabulary size");
    }

    /**
     * Every id the tokenizer can produce has a row in the word embedding table (the graph's, else
     * config.json's vocab_size).
     */
    public static void checkTokenIds(Path dir, Path onnx, Path tokenizerFile, int maxTokenId, EmbeddingTables tables) {
        Path configFile = dir.resolve("config.json");
        JsonNode config = Files.isRegularFile(configFile) ? Json.read(configFile) : null;
        int vocabRows = tables.wordRows();
        String vocabSource = "the graph's word embedding table (" + onnx + ")";
        Integer configVocab = config == null ? null : Json.optInt(config, "vocab_size", configFile);
        if (vocabRows <= 0 && configVocab != null) {
            vocabRows = configVocab;
            vocabSource = configFile + " field \"vocab_size\"";
        }
        if (vocabRows > 0 && maxTokenId >= vocabRows) {
            throw new ModelLoadException(tokenizerFile, "the tokenizer produces ids up to " + maxTokenId
                    + " but the model has " + vocabRows + " token embeddings, ids 0 to " + (vocabRows - 1) + " ("
                    + vocabSource + "): this tokenizer does not belong to this model");
        }
    }

    /**
     * A truncation length within the model's positions (the graph's position table, else
     * config.json's max_position_embeddings, less RoBERTa's offset).
     *
     * @param maxLength   the length inputs are truncated at
     * @param lengthFile  the file that set it, named in the error
     * @param lengthField its field in that file
     */
    public static void checkMaxLength(Path dir, Path onnx, int maxLength, Path lengthFile, String lengthField,
            EmbeddingTables tables) {
        Path configFile = dir.resolve("config.json");
        JsonNode config = Files.isRegularFile(configFile) ? Json.read(configFile) : null;
        int positions = positions(config, configFile, tables);
        if (positions > 0 && maxLength > positions) {
            String source = tables.positionRows() > 0 ? "the graph's position embedding table (" + onnx + ")"
                    : configFile + " field \"max_position_embeddings\"";
            throw new ModelLoadException(lengthFile, "field \"" + lengthField + "\": " + maxLength
                    + " is more than the model's " + positions + " positions (" + source + ")");
        }
    }

    /** The tokens the model has positions for, or -1 when unknown. */
    static int positions(JsonNode config, Path configFile, EmbeddingTables tables) {
        int offset = positionOffset(config, configFile);
        if (tables.positionRows() > 0) {
            return tables.positionRows() - offset;
        }
        Integer configPositions = config == null ? null : Json.optInt(config, "max_position_embeddings", configFile);
        return configPositions != null && configPositions > 0 ? configPositions - offset : -1;
    }

    /** padding_idx + 1 for RoBERTa-style models (config.json's model_type and pad_token_id), else 0. */
    static int positionOffset(JsonNode config, Path configFile) {
        if (config == null || !POSITIONS_AFTER_PADDING.contains(config.path("model_type").asText(""))) {
            return 0;
        }
        Integer pad = Json.optInt(config, "pad_token_id", configFile);
        return pad == null ? 2 : pad + 1; // pad_token_id 1 in all of these
    }
}
