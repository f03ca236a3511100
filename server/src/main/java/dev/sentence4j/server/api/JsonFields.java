package dev.sentence4j.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads request fields from a JSON tree, and answers a wrong one with an error that names the
 * field, what was expected and what was found: {@code `normalize`: expected a boolean, found a
 * string ("yes")}. Unknown fields are ignored, as serde does by default in TEI.
 */
public final class JsonFields {
    // Trailing tokens after the object ({"inputs":"a"} xyz) are an error, as serde_json's
    // from_slice in TEI's Json extractor makes them.
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonFields() {}

    /** The body as a JSON object: 400 when it is not JSON, 422 when it is JSON but no object. */
    public static JsonNode parseObject(byte[] body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw ApiError.malformed("request body is not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiError.malformed("request body cannot be read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw ApiError.malformed("request body is empty: expected a JSON object");
        }
        if (!root.isObject()) {
            throw ApiError.validation("request body: expected a JSON object, found " + describe(root));
        }
        rejectLoneSurrogates(root, "");
        return root;
    }

    /**
     * A string with an unpaired surrogate escape ({@code "\udc00"}) is not Unicode text: TEI's
     * serde_json refuses such a body, and Python's tokenizers cannot take such a str either. We
     * refuse it too, naming the field and the index, rather than embed what would be left.
     */
    static void rejectLoneSurrogates(JsonNode n, String path) {
        if (n.isTextual()) {
            String s = n.textValue();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw ApiError.validation("`" + (path.isEmpty() ? "body" : path) + "` has a lone surrogate escape \\u"
                            + String.format(Locale.ROOT, "%04x", (int) c) + " at char " + i
                            + ": expected Unicode text (a surrogate must come in a high-low pair)");
                }
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                rejectLoneSurrogates(n.get(i), path + "[" + i + "]");
            }
        } else if (n.isObject()) {
            for (var e : n.properties()) {
                rejectLoneSurrogates(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
            }
        }
    }

    public static JsonNode require(JsonNode obj, String field, String expected) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            throw ApiError.validation("`" + field + "` is missing: expected " + expected);
        }
        return n;
    }

    public static Boolean optBoolean(JsonNode obj, String field) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isBoolean()) {
            throw wrong(field, "a boolean", n);
        }
        return n.booleanValue();
    }

    public static boolean booleanOr(JsonNode obj, String field, boolean dflt) {
        Boolean b = optBoolean(obj, field);
        return b == null ? dflt : b;
    }

    public static String optString(JsonNode obj, String field) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw wrong(field, "a string", n);
        }
        return n.textValue();
    }

    /** An optional integer >= 1. */
    public static Integer optPositiveInt(JsonNode obj, String field) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw wrong(field, "a positive integer", n);
        }
        if (n.intValue() < 1) {
            throw ApiError.validation("`" + field + "`: expected a positive integer, found " + n.intValue());
        }
        return n.intValue();
    }

    /** A string element of an array, e.g. {@code inputs[2]}. */
    public static String string(JsonNode n, String path) {
        if (!n.isTextual()) {
            throw wrong(path, "a string", n);
        }
        return n.textValue();
    }

    /** A token id: an integer in [0, 2^31). */
    public static int tokenId(JsonNode n, String path) {
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 0) {
            throw wrong(path, "a token id (an integer >= 0)", n);
        }
        return n.intValue();
    }

    public static TruncationDirection direction(JsonNode obj, String field) {
        String s = optString(obj, field);
        if (s == null) {
            return TruncationDirection.Right;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "right" -> TruncationDirection.Right;
            case "left" -> TruncationDirection.Left;
            default -> throw ApiError.validation("`" + field + "`: expected \"right\" or \"left\", found \"" + s + "\"");
        };
    }

    public static ApiError wrong(String path, String expected, JsonNode found) {
        return ApiError.validation("`" + path + "`: expected " + expected + ", found " + describe(found));
    }

    /** What a JSON value is, for error messages: {@code a string ("abc")}, {@code an array of 3}. */
    public static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        JsonNodeType t = n.getNodeType();
        return switch (t) {
            case STRING -> "a string (" + abbreviate(n.toString()) + ")";
            case NUMBER -> "a number (" + n.asText() + ")";
            case BOOLEAN -> "a boolean (" + n.asText() + ")";
            case NULL -> "null";
            case ARRAY -> "an array of " + n.size();
            case OBJECT -> "an object";
            default -> t.name().toLowerCase(Locale.ROOT);
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...\"";
    }
}
