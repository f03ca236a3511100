package dev.sentence4j.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** TEI's error body. */
public record ErrorResponse(@JsonProperty("error") String error, @JsonProperty("error_type") ErrorType errorType) {}
