package dev.sentence4j.cli.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;

/** JSON output for --json: compact, one value per line, UTF-8, no auto-closing of stdout. */
public final class Json {
    /** Thread-safe once configured; shared so that each command does not rebuild it. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private Json() {}

    public static JsonGenerator compactGenerator(OutputStream out) throws IOException {
        return FACTORY.createGenerator(out, JsonEncoding.UTF8);
    }

    /** Writes {@code value} as one line of compact JSON. */
    public static void printLine(java.io.PrintStream out, Object value) throws IOException {
        try (JsonGenerator g = compactGenerator(out)) {
            MAPPER.writeValue(g, value);
        }
        out.println();
    }
}
