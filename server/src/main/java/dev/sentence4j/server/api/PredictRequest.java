package dev.sentence4j.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sentence4j.core.crossencoder.TextPair;
import java.util.ArrayList;
import java.util.List;

/**
 * POST /predict, as TEI's PredictRequest: {@code {inputs, truncate, truncation_direction,
 * raw_scores (default false)}}. {@code inputs} is TEI's PredictInput: a text {@code "a"}, a
 * pair {@code ["a", "b"]} (or a lone text {@code ["a"]}), or a batch of texts and pairs
 * {@code [["a"], ["a", "b"], ...]}. As in TEI, an array of strings is one input, never a batch.
 *
 * @param batch  whether {@code inputs} was a batch, which shapes the answer ({@code [[..]]} or {@code [..]})
 * @param inputs the texts and pairs, a null second text for a lone text
 */
public record PredictRequest(boolean batch, List<TextPair> inputs, Boolean truncate,
        TruncationDirection truncationDirection, boolean rawScores) {
    public PredictRequest {
        inputs = List.copyOf(inputs);
    }

    private static final String EXPECTED = "a string, a pair of strings [string, string], "
            + "or a batch of strings and pairs [[string], [string, string], ...]";

    public static PredictRequest read(JsonNode body) {
        JsonNode n = JsonFields.require(body, "inputs", EXPECTED);
        boolean batch;
        List<TextPair> inputs = new ArrayList<>();
        if (n.isTextual()) {
            batch = false;
            inputs.add(new TextPair(n.textValue(), null));
        } else if (n.isArray() && !n.isEmpty() && n.get(0).isTextual()) {
            batch = false;
            inputs.add(sequence(n, "inputs"));
        } else if (n.isArray()) {
            batch = true;
            for (int i = 0; i < n.size(); i++) {
                JsonNode e = n.get(i);
                String path = "inputs[" + i + "]";
                if (!e.isArray()) {
                    throw JsonFields.wrong(path, "a text [string] or a pair [string, string] (inputs is a batch)", e);
                }
                inputs.add(sequence(e, path));
            }
        } else {
            throw JsonFields.wrong("inputs", EXPECTED, n);
        }
        return new PredictRequest(batch, inputs, JsonFields.optBoolean(body, "truncate"),
                JsonFields.direction(body, "truncation_direction"), JsonFields.booleanOr(body, "raw_scores", false));
    }

    /** {@code ["a"]} or {@code ["a", "b"]}. */
    private static TextPair sequence(JsonNode array, String path) {
        if (array.size() < 1 || array.size() > 2) {
            throw ApiError.validation("`" + path + "`: expected a text [string] or a pair [string, string], found an array of "
                    + array.size() + " elements");
        }
        String first = JsonFields.string(array.get(0), path + "[0]");
        String second = array.size() == 2 ? JsonFields.string(array.get(1), path + "[1]") : null;
        return new TextPair(first, second);
    }
}
