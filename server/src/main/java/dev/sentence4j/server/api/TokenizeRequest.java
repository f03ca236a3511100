package dev.sentence4j.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** POST /tokenize, as TEI's TokenizeRequest: {@code {inputs: string | [string], add_special_tokens, prompt_name}}. */
public record TokenizeRequest(List<String> inputs, boolean addSpecialTokens, String promptName) {
    public TokenizeRequest {
        inputs = List.copyOf(inputs);
    }

    public static TokenizeRequest read(JsonNode body) {
        JsonNode n = JsonFields.require(body, "inputs", "a string or an array of strings");
        List<String> inputs = new ArrayList<>();
        if (n.isTextual()) {
            inputs.add(n.textValue());
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                inputs.add(JsonFields.string(n.get(i), "inputs[" + i + "]"));
            }
        } else {
            throw JsonFields.wrong("inputs", "a string or an array of strings", n);
        }
        return new TokenizeRequest(inputs, JsonFields.booleanOr(body, "add_special_tokens", true),
                JsonFields.optString(body, "prompt_name"));
    }
}
