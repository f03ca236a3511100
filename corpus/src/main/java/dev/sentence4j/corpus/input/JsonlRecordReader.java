package dev.sentence4j.corpus.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One JSON object per line; the text is the string in {@link InputSpec#textField()}. A blank
 * line holds no object and is skipped (and counted). A missing or non-string field is always an
 * error naming the line and the field: it means the wrong field name, not a bad record.
 */
public final class JsonlRecordReader implements RecordReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final InputSpec spec;
    private final LineReader lines;
    private final String[] error = new String[1];

    JsonlRecordReader(InputSpec spec, LineReader lines) {
        this.spec = spec;
        this.lines = lines;
    }

    @Override
    public InputRecord next() throws IOException {
        RawLine raw = lines.next();
        if (raw == null) {
            return null;
        }
        String json = lines.decode(raw, error);
        if (json == null) {
            return invalid(raw, error[0]);
        }
        if (json.isBlank()) {
            return new InputRecord(raw.number(), null, "line " + raw.number() + " is blank", raw.endOffset(), raw.number(), false);
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return invalid(raw, "line " + raw.number() + " is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            return invalid(raw, "line " + raw.number() + " is not a JSON object (found "
                    + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)) + ")");
        }
        JsonNode field = node.get(spec.textField());
        if (field == null) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            throw new IllegalArgumentException(spec.file() + ": line " + raw.number() + " has no field \""
                    + spec.textField() + "\" (--text-field); its fields are " + names);
        }
        if (!field.isTextual()) {
            throw new IllegalArgumentException(spec.file() + ": line " + raw.number() + " field \"" + spec.textField()
                    + "\" must be a string, found " + field.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        String text = field.textValue();
        String cut = RecordReader.cut(text, spec.maxChars());
        return new InputRecord(raw.number(), cut, null, raw.endOffset(), raw.number(), cut.length() != text.length());
    }

    private InputRecord invalid(RawLine raw, String why) {
        if (!spec.skipInvalid()) {
            throw new IllegalArgumentException(spec.file() + ": " + why + "; fix it, or pass --skip-invalid to skip such lines (they are counted)");
        }
        return new InputRecord(raw.number(), null, why, raw.endOffset(), raw.number(), false);
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
