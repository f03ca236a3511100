package dev.sentence4j.server.api;

import java.util.Objects;

/**
 * A request that ends in an error body {@code {"error": ..., "error_type": ...}} with this status.
 * Thrown by handlers and the request readers; the route guard writes it.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final ErrorType type;

    public ApiError(int status, ErrorType type, String message) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.status = status;
        this.type = Objects.requireNonNull(type, "type");
    }

    /** 422: the request is well-formed JSON but a field is wrong (the choice; TEI says 413). */
    public static ApiError validation(String message) {
        return new ApiError(422, ErrorType.Validation, message);
    }

    /** 422 Empty: no input at all (TEI answers 400; the issue asks 422). */
    public static ApiError empty(String message) {
        return new ApiError(422, ErrorType.Empty, message);
    }

    /** 400: the body is not JSON (axum's JsonSyntaxError, which TEI's extractors return). */
    public static ApiError malformed(String message) {
        return new ApiError(400, ErrorType.Validation, message);
    }

    public static ApiError tokenizer(String message) {
        return new ApiError(422, ErrorType.Tokenizer, message);
    }

    public static ApiError payloadTooLarge(long limit, String found) {
        return new ApiError(413, ErrorType.Validation,
                "request body is larger than the payload limit of " + limit + " bytes (found " + found
                        + "); raise --payload-limit or send fewer inputs per request");
    }

    public static ApiError overloaded(int maxConcurrent) {
        return new ApiError(429, ErrorType.Overloaded, "Model is overloaded: " + maxConcurrent
                + " requests are in flight (max_concurrent_requests); retry later");
    }

    public static ApiError unauthorized() {
        return new ApiError(401, ErrorType.Unauthorized,
                "missing or wrong API key: send the header \"Authorization: Bearer <key>\"");
    }

    public static ApiError forbidden(String message) {
        return new ApiError(403, ErrorType.Forbidden, message);
    }

    public static ApiError notFound(String method, String path) {
        return new ApiError(404, ErrorType.NotFound, "no route " + method + " " + path
                + "; GET /openapi.json lists the routes, GET /docs shows them");
    }

    public static ApiError methodNotAllowed(String method, String path, String allow) {
        return new ApiError(405, ErrorType.MethodNotAllowed, path + " does not answer " + method + "; it answers " + allow);
    }

    /** 415, as TEI's Json extractor answers a body that does not say it is JSON. */
    public static ApiError unsupportedMediaType(String found) {
        return new ApiError(415, ErrorType.UnsupportedMediaType,
                "expected request with `Content-Type: application/json`, found " + found);
    }

    public static ApiError unhealthy(String message) {
        return new ApiError(503, ErrorType.Unhealthy, message);
    }

    public static ApiError backend(String message) {
        return new ApiError(424, ErrorType.Backend, message);
    }

    public int status() {
        return status;
    }

    public ErrorType type() {
        return type;
    }

    public ErrorResponse body() {
        return new ErrorResponse(getMessage(), type);
    }
}
