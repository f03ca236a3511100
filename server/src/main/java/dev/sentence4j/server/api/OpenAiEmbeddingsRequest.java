package dev.sentence4j.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.core.PromptRole;
import java.util.Locale;

/**
 * POST /v1/embeddings, OpenAI's request: {@code {input: string | [string] | [int] | [[int]],
 * model, encoding_format: "float" | "base64", dimensions, user}}, plus {@code input_type}: OpenAI
 * has none, and OpenAI-compatible embedding APIs that embed queries and documents differently
 * name it so: {@code "query"} | {@code "document"} (Voyage), {@code "passage"} (NVIDIA NIM),
 * {@code "search_query"} | {@code "search_document"} (Cohere). OpenAI's SDKs pass it through as an
 * extra body field.
 *
 * @param inputType the role whose prompt the inputs get, or null for the model's default prompt
 */
public record OpenAiEmbeddingsRequest(Inputs input, String model, boolean base64, Integer dimensions, PromptRole inputType) {

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
                JsonFields.optPositiveInt(body, "dimensions"), inputType(JsonFields.optString(body, "input_type")));
    }

    static PromptRole inputType(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "query", "search_query" -> PromptRole.QUERY;
            case "document", "passage", "search_document" -> PromptRole.DOCUMENT;
            default -> throw ApiError.validation("`input_type`: expected \"query\" or \"document\" (or \"passage\","
                    + " \"search_query\", \"search_document\"), found \"" + s + "\"");
        };
    }
}
