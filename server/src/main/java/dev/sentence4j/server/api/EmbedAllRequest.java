package dev.sentence4j.server.api;

import com.fasterxml.jackson.databind.JsonNode;

/** POST /embed_all, as TEI's EmbedAllRequest: {@code {inputs, truncate, truncation_direction, prompt_name}}. */
public record EmbedAllRequest(Inputs inputs, Boolean truncate, TruncationDirection truncationDirection, String promptName) {

    public static EmbedAllRequest read(JsonNode body) {
        return new EmbedAllRequest(Inputs.read(body, "inputs"), JsonFields.optBoolean(body, "truncate"),
                JsonFields.direction(body, "truncation_direction"), JsonFields.optString(body, "prompt_name"));
    }
}
