package dev.sentence4j.server.api;

/**
 * The {@code error_type} of an error body, spelled as TEI serializes its ErrorType enum
 * (router/src/lib.rs), plus the answers TEI leaves to axum without a JSON body: {@link #Unauthorized},
 * {@link #Forbidden}, {@link #NotFound}, {@link #MethodNotAllowed}, {@link #UnsupportedMediaType}.
 */
public enum ErrorType {
    Unhealthy,
    Backend,
    Overloaded,
    Validation,
    Tokenizer,
    Empty,
    Unauthorized,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    UnsupportedMediaType
}
