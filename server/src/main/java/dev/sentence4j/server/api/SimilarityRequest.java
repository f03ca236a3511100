package dev.sentence4j.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * POST /similarity, as TEI's SimilarityRequest: {@code {inputs: {source_sentence, sentences},
 * parameters: {truncate, truncation_direction, prompt_name}}}.
 */
public record SimilarityRequest(String sourceSentence, List<String> sentences, Boolean truncate,
        TruncationDirection truncationDirection, String promptName) {
    public SimilarityRequest {
        sentences = List.copyOf(sentences);
    }

    public static SimilarityRequest read(JsonNode body) {
        JsonNode inputs = JsonFields.require(body, "inputs", "an object {source_sentence, sentences}");
        if (!inputs.isObject()) {
            throw JsonFields.wrong("inputs", "an object {source_sentence, sentences}", inputs);
        }
        String source = JsonFields.string(JsonFields.require(inputs, "source_sentence", "a string"), "inputs.source_sentence");
        JsonNode array = JsonFields.require(inputs, "sentences", "an array of strings");
        if (!array.isArray()) {
            throw JsonFields.wrong("inputs.sentences", "an array of strings", array);
        }
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            sentences.add(JsonFields.string(array.get(i), "inputs.sentences[" + i + "]"));
        }
        JsonNode params = body.get("parameters");
        if (params == null || params.isNull()) {
            return new SimilarityRequest(source, sentences, null, TruncationDirection.Right, null);
        }
        if (!params.isObject()) {
            throw JsonFields.wrong("parameters", "an object {truncate, truncation_direction, prompt_name}", params);
        }
        return new SimilarityRequest(source, sentences, JsonFields.optBoolean(params, "truncate"),
                JsonFields.direction(params, "truncation_direction"), JsonFields.optString(params, "prompt_name"));
    }
}
