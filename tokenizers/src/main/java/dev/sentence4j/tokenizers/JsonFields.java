package dev.sentence4j.tokenizers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.tokenizers.pretokenizer.Metaspace;
import java.util.List;
import java.util.Locale;
import java.util.regex.PatternSyntaxException;

/**
 * Field readers shared by the per-stage tokenizer.json readers: each one either returns the value
 * or throws a {@link TokenizerLoadException} naming the file, the JSON path, what was expected
 * and what was found.
 *
 * @param source the file (or source name) being read, named in every error
 */
record JsonFields(String source) {

    JsonFields {
        if (source == null) {
            throw new IllegalArgumentException("source must not be null");
        }
    }

    static boolean optional(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    /** The {@code "type"} tag of a component object. */
    String type(JsonNode n, String path, List<String> supported) {
        if (n == null || !n.isObject()) {
            throw fail(path, "an object with a \"type\" (one of " + supported + ")", describe(n));
        }
        JsonNode t = n.get("type");
        if (t == null || !t.isTextual()) {
            throw fail(path + ".type", "one of " + supported, describe(t));
        }
        return t.asText();
    }

    TokenizerLoadException unknownType(String path, String type, List<String> supported) {
        return new TokenizerLoadException(source, path + ".type: unsupported type '" + type + "'; supported types: "
                + String.join(", ", supported));
    }

    boolean bool(JsonNode n, String path, String field, boolean fallback) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw fail(path + "." + field, "true or false", describe(v));
        }
        return v.asBoolean();
    }

    String string(JsonNode n, String path, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw fail(path + "." + field, "a string", describe(v));
        }
        return v.asText();
    }

    String stringOr(JsonNode n, String path, String field, String fallback) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? fallback : string(n, path, field);
    }

    int intOr(JsonNode n, String path, String field, int fallback) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0) {
            throw fail(path + "." + field, "a non-negative integer", describe(v));
        }
        return v.asInt();
    }

    JsonNode array(JsonNode n, String path, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || !v.isArray()) {
            throw fail(path + "." + field, "an array", describe(v));
        }
        return v;
    }

    /** A field holding exactly one character (code point). */
    int singleChar(JsonNode n, String path, String field, String fallback) {
        String v = stringOr(n, path, field, fallback);
        if (v == null) {
            throw fail(path + "." + field, "a single character", describe(n.get(field)));
        }
        if (v.codePointCount(0, v.length()) != 1) {
            throw fail(path + "." + field, "a single character", "'" + v + "'");
        }
        return v.codePointAt(0);
    }

    /** A {@code "pattern"} as {@code {"String": ...}} or {@code {"Regex": ...}}. */
    TextPattern pattern(JsonNode n, String path) {
        JsonNode p = n.get("pattern");
        if (p == null || !p.isObject()) {
            throw fail(path + ".pattern", "an object {\"String\": ...} or {\"Regex\": ...}", describe(p));
        }
        if (p.has("String")) {
            return new TextPattern(string(p, path + ".pattern", "String"), false);
        }
        if (p.has("Regex")) {
            return new TextPattern(string(p, path + ".pattern", "Regex"), true);
        }
        throw fail(path + ".pattern", "an object {\"String\": ...} or {\"Regex\": ...}", describe(p));
    }

    TokenizerLoadException badRegex(String path, TextPattern pattern, PatternSyntaxException e) {
        return fail(path + ".pattern", "a valid regex", "'" + pattern.source() + "' (" + e.getDescription() + ")");
    }

    SplitBehavior behavior(JsonNode n, String path) {
        String b = string(n, path, "behavior");
        return switch (b) {
            case "Removed" -> SplitBehavior.REMOVED;
            case "Isolated" -> SplitBehavior.ISOLATED;
            case "MergedWithPrevious" -> SplitBehavior.MERGED_WITH_PREVIOUS;
            case "MergedWithNext" -> SplitBehavior.MERGED_WITH_NEXT;
            case "Contiguous" -> SplitBehavior.CONTIGUOUS;
            default -> throw fail(path + ".behavior",
                    "one of [Removed, Isolated, MergedWithPrevious, MergedWithNext, Contiguous]", "'" + b + "'");
        };
    }

    /** Metaspace's prepend_scheme, or from the older add_prefix_space (true: always). */
    Metaspace.PrependScheme prependScheme(JsonNode n, String path) {
        if (!optional(n, "prepend_scheme")) {
            return bool(n, path, "add_prefix_space", true) ? Metaspace.PrependScheme.ALWAYS : Metaspace.PrependScheme.NEVER;
        }
        String scheme = string(n, path, "prepend_scheme");
        return switch (scheme) {
            case "first" -> Metaspace.PrependScheme.FIRST;
            case "always" -> Metaspace.PrependScheme.ALWAYS;
            case "never" -> Metaspace.PrependScheme.NEVER;
            default -> throw fail(path + ".prepend_scheme", "one of [first, always, never]", "'" + scheme + "'");
        };
    }

    TokenizerLoadException fail(String path, String expected, String found) {
        return new TokenizerLoadException(source, path + ": expected " + expected + ", found " + found);
    }

    static String describe(JsonNode v) {
        if (v == null) {
            return "nothing (field missing)";
        }
        String text = v.toString();
        if (text.length() > 60) {
            text = text.substring(0, 57) + "...";
        }
        return v.getNodeType().toString().toLowerCase(Locale.ROOT) + " " + text;
    }
}
