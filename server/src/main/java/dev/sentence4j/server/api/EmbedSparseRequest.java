package dev.sentence4j.server.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * POST /embed_sparse, as TEI's EmbedSparseRequest: {@code {inputs, truncate,
 * truncation_direction, prompt_name}}.
 */
public record EmbedSparseRequest(Inputs inputs, Boolean truncate, TruncationDirection truncationDirection,
        String promptName) {

    public static EmbedSparseRequest read(JsonNode body) {
        return new EmbedSparseRequest(Inputs.read(body, "inputs"), JsonFields.optBoolean(body, "truncate"),
                JsonFields.direction(body, "truncation_direction"), JsonFields.optString(body, "prompt_name"));
    }
}
