package dev.sentence4j.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sentence4j.core.ModelLoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Small helpers for reading the JSON config files of a model directory with helpful errors. */
public final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    /** Reads a JSON file; a missing, unreadable or malformed file is a {@link ModelLoadException}. */
    public static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException(file, "file not found");
        }
        try {
            return MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ModelLoadException(file, "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (NoSuchFileException e) {
            throw new ModelLoadException(file, "file not found", e);
        } catch (IOException e) {
            throw new ModelLoadException(file, "cannot read: " + e, e);
        }
    }

    public static int requireInt(JsonNode node, String field, Path file) {
        JsonNode v = node.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new ModelLoadException(file, "field \"" + field + "\": expected an integer, found "
                    + (v == null ? "nothing" : v.toString()));
        }
        return v.intValue();
    }

    public static Integer optInt(JsonNode node, String field, Path file) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return requireInt(node, field, file);
    }

    public static boolean optBoolean(JsonNode node, String field, boolean dflt, Path file) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.isBoolean()) {
            throw new ModelLoadException(file, "field \"" + field + "\": expected true or false, found " + v);
        }
        return v.booleanValue();
    }

    public static String optString(JsonNode node, String field, Path file) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new ModelLoadException(file, "field \"" + field + "\": expected a string, found " + v);
        }
        return v.textValue();
    }
}
