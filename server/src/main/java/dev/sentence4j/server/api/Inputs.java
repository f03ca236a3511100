package dev.sentence4j.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * TEI's Input: a string, token ids {@code [int]}, or a batch of either {@code [string | [int]]};
 * OpenAI's {@code input} takes the same shapes.
 */
public record Inputs(List<Input> items) {
    public Inputs {
        items = List.copyOf(items);
    }

    private static final String EXPECTED = "a string, an array of strings, token ids [int] or an array of token id arrays";

    public static Inputs read(JsonNode obj, String field) {
        JsonNode n = JsonFields.require(obj, field, EXPECTED);
        List<Input> items = new ArrayList<>();
        if (n.isTextual()) {
            items.add(new Input.Text(n.textValue()));
        } else if (n.isArray()) {
            if (!n.isEmpty() && n.get(0).isNumber()) {
                items.add(new Input.Ids(ids(n, field)));
            } else {
                for (int i = 0; i < n.size(); i++) {
                    JsonNode e = n.get(i);
                    String path = field + "[" + i + "]";
                    if (e.isTextual()) {
                        items.add(new Input.Text(e.textValue()));
                    } else if (e.isArray()) {
                        items.add(new Input.Ids(ids(e, path)));
                    } else {
                        throw JsonFields.wrong(path, "a string or token ids [int]", e);
                    }
                }
            }
        } else {
            throw JsonFields.wrong(field, EXPECTED, n);
        }
        return new Inputs(items);
    }

    private static int[] ids(JsonNode array, String path) {
        int[] ids = new int[array.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = JsonFields.tokenId(array.get(i), path + "[" + i + "]");
        }
        return ids;
    }

    public int size() {
        return items.size();
    }
}
