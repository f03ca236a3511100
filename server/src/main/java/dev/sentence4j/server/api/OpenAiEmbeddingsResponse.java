package dev.sentence4j.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** OpenAI's embeddings response: {@code {object: "list", data, model, usage}}. */
public record OpenAiEmbeddingsResponse(String object, List<Item> data, String model, Usage usage) {

    /** @param embedding a {@code float[]}, or a base64 string of little-endian float32 bytes */
    public record Item(String object, Object embedding, int index) {}

    /** OpenAI's token counts of the request. */
    public record Usage(@JsonProperty("prompt_tokens") int promptTokens, @JsonProperty("total_tokens") int totalTokens) {}
}
