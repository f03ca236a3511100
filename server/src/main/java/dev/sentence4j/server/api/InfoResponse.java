package dev.sentence4j.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * GET /info, TEI's Info fields, plus the model's kind, its dimension (null for a cross-encoder,
 * whose labels are in model_type) and its prompts.
 */
public record InfoResponse(
        @JsonProperty("model_id") String modelId,
        @JsonProperty("model_sha") String modelSha,
        @JsonProperty("model_dtype") String modelDtype,
        @JsonProperty("model_type") Map<String, Object> modelType,
        @JsonProperty("max_concurrent_requests") int maxConcurrentRequests,
        @JsonProperty("max_input_length") int maxInputLength,
        @JsonProperty("max_batch_tokens") int maxBatchTokens,
        @JsonProperty("max_batch_requests") Integer maxBatchRequests,
        @JsonProperty("max_client_batch_size") int maxClientBatchSize,
        @JsonProperty("auto_truncate") boolean autoTruncate,
        @JsonProperty("tokenization_workers") int tokenizationWorkers,
        @JsonProperty("version") String version,
        @JsonProperty("sha") String sha,
        @JsonProperty("docker_label") String dockerLabel,
        @JsonProperty("kind") String kind,
        @JsonProperty("dimension") Integer dimension,
        @JsonProperty("prompts") Map<String, String> prompts,
        @JsonProperty("default_prompt_name") String defaultPromptName) {}
