package dev.sentence4j.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * POST /rerank, as TEI's RerankRequest: {@code {query, texts, truncate, truncation_direction,
 * raw_scores (default false), return_text (default false)}}.
 */
public record RerankRequest(String query, List<String> texts, Boolean truncate, TruncationDirection truncationDirection,
        boolean rawScores, boolean returnText) {
    public RerankRequest {
        texts = List.copyOf(texts);
    }

    public static RerankRequest read(JsonNode body) {
        String query = JsonFields.string(JsonFields.require(body, "query", "a string"), "query");
        JsonNode array = JsonFields.require(body, "texts", "an array of strings");
        if (!array.isArray()) {
            throw JsonFields.wrong("texts", "an array of strings", array);
        }
        List<String> texts = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            texts.add(JsonFields.string(array.get(i), "texts[" + i + "]"));
        }
        return new RerankRequest(query, texts, JsonFields.optBoolean(body, "truncate"),
                JsonFields.direction(body, "truncation_direction"), JsonFields.booleanOr(body, "raw_scores", false),
                JsonFields.booleanOr(body, "return_text", false));
    }
}
