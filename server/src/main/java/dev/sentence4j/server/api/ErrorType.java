package dev.sentence4j.server.api;

/**
 * The {@code error_type} of an error body, spelled as TEI serializes its ErrorType enum
 * (router/src/lib.rs), plus {@link #Unauthorized}, which TEI answers without a body.
 */
public enum ErrorType {
    Unhealthy,
    Backend,
    Overloaded,
    Validation,
    Tokenizer,
    Empty,
    Unauthorized
}
