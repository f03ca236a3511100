package dev.sentence4j.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.core.ModelLoadException;
import dev.sentence4j.hub.ModuleEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a model directory holds, read from its files the way sentence-transformers tells its three
 * model classes apart, so that {@code info}, {@code models}, the server and the loaders agree:
 * a sentence embedding model (SentenceTransformer), a cross-encoder that scores text pairs
 * (CrossEncoder) or a sparse encoder such as SPLADE (SparseEncoder).
 */
public enum ModelKind {
    EMBEDDING("embedding", "SentenceEncoder (CLI: encode, similarity, search)"),
    CROSS_ENCODER("cross-encoder", "CrossEncoder (CLI: rerank)"),
    SPARSE("sparse", "SparseEncoder (CLI: encode --sparse)");

    /** The prefix of ST v5's sparse modules (MLMTransformer, SpladePooling, CSRSparsity, ...). */
    static final String SPARSE_MODULES = "sentence_transformers.sparse_encoder.";

    private final String label;
    private final String opener;

    ModelKind(String label, String opener) {
        this.label = label;
        this.opener = opener;
    }

    /** The name users see: "embedding", "cross-encoder" or "sparse". */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /**
     * The kind of the model in {@code dir}, decided in this order:
     * <ol>
     * <li>{@code config_sentence_transformers.json}'s {@code model_type} (ST v5 writes
     * SentenceTransformer, SparseEncoder or CrossEncoder);
     * <li>a {@code modules.json} naming a module of {@code sentence_transformers.sparse_encoder}
     * is sparse; any other modules.json is an embedding model;
     * <li>without modules.json, a {@code config.json} that ST's CrossEncoder saved (its
     * {@code sentence_transformers} block, or the older {@code sbert_ce_default_activation_function})
     * or whose {@code architectures} is a {@code ...ForSequenceClassification} is a cross-encoder;
     * <li>anything else is an embedding model (ST's fallback: Transformer plus mean pooling).
     * </ol>
     * A malformed file among these is a {@link ModelLoadException} naming it.
     */
    public static ModelKind of(Path dir) {
        Path stConfig = dir.resolve(SentenceTransformersConfig.FILE);
        if (Files.isRegularFile(stConfig)) {
            JsonNode type = Json.read(stConfig).get("model_type");
            if (type != null && !type.isNull()) {
                ModelKind declared = switch (type.asText()) {
                    case "SentenceTransformer" -> EMBEDDING;
                    case "SparseEncoder" -> SPARSE;
                    case "CrossEncoder" -> CROSS_ENCODER;
                    default -> throw new ModelLoadException(stConfig, "field \"model_type\": expected "
                            + "SentenceTransformer, SparseEncoder or CrossEncoder, found " + type);
                };
                return declared;
            }
        }
        Path modules = dir.resolve(ModuleEntry.FILE_NAME);
        if (Files.isRegularFile(modules)) {
            List<ModuleEntry> entries = ModelDirectory.readModules(modules);
            return entries.stream().anyMatch(m -> m.type().startsWith(SPARSE_MODULES)) ? SPARSE : EMBEDDING;
        }
        Path config = dir.resolve("config.json");
        if (Files.isRegularFile(config)) {
            JsonNode node = Json.read(config);
            if (node.path("sentence_transformers").isObject() || node.has("sbert_ce_default_activation_function")) {
                return CROSS_ENCODER;
            }
            for (JsonNode arch : node.path("architectures")) {
                if (arch.asText().endsWith("ForSequenceClassification")) {
                    return CROSS_ENCODER;
                }
            }
        }
        return EMBEDDING;
    }

    /**
     * Refuses to open {@code dir} as {@code expected} when it holds another kind of model, saying
     * what it holds and what opens it (a cross-encoder's graph has no token embeddings, an
     * embedding model's no logits: without this the error would be about graph outputs).
     */
    public static void require(Path dir, ModelKind expected) {
        ModelKind found = of(dir);
        if (found != expected) {
            throw new ModelLoadException(dir, "this directory holds " + found.withArticle() + " model, not "
                    + expected.withArticle() + " model: open it with " + found.opener);
        }
    }

    private String withArticle() {
        return (label.charAt(0) == 'e' ? "an " : "a ") + label;
    }
}
