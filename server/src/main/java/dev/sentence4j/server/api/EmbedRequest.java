package dev.sentence4j.server.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * POST /embed, as TEI's EmbedRequest: {@code {inputs, truncate, truncation_direction,
 * prompt_name, normalize (default true), dimensions}}.
 */
public record EmbedRequest(Inputs inputs, Boolean truncate, TruncationDirection truncationDirection, String promptName,
        boolean normalize, Integer dimensions) {

    public static EmbedRequest read(JsonNode body) {
        return new EmbedRequest(Inputs.read(body, "inputs"), JsonFields.optBoolean(body, "truncate"),
                JsonFields.direction(body, "truncation_direction"), JsonFields.optString(body, "prompt_name"),
                JsonFields.booleanOr(body, "normalize", true), JsonFields.optPositiveInt(body, "dimensions"));
    }
}
