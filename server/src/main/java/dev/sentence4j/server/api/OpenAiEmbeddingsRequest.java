package dev.sentence4j.server.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * POST /v1/embeddings, OpenAI's request: {@code {input: string | [string] | [int] | [[int]],
 * model, encoding_format: "float" | "base64", dimensions, user}}.
 */
public record OpenAiEmbeddingsRequest(Inputs input, String model, boolean base64, Integer dimensions) {

    public static OpenAiEmbeddingsRequest read(JsonNode body) {
        String format = JsonFields.optString(body, "encoding_format");
        boolean base64;
        if (format == null || format.equals("float")) {
            base64 = false;
        } else if (format.equals("base64")) {
            base64 = true;
        } else {
            throw ApiError.validation("`encoding_format`: expected \"float\" or \"base64\", found \"" + format + "\"");
        }
        JsonFields.optString(body, "user"); // accepted and ignored, as TEI does; must still be a string
        return new OpenAiEmbeddingsRequest(Inputs.read(body, "input"), JsonFields.optString(body, "model"), base64,
                JsonFields.optPositiveInt(body, "dimensions"));
    }
}
