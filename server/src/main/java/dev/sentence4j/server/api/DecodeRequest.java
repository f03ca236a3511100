package dev.sentence4j.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** POST /decode, as TEI's DecodeRequest: {@code {ids: [int] | [[int]], skip_special_tokens (default true)}}. */
public record DecodeRequest(List<int[]> ids, boolean skipSpecialTokens) {
    public DecodeRequest {
        ids = List.copyOf(ids);
    }

    public static DecodeRequest read(JsonNode body) {
        JsonNode n = JsonFields.require(body, "ids", "token ids [int] or an array of them [[int]]");
        if (!n.isArray()) {
            throw JsonFields.wrong("ids", "token ids [int] or an array of them [[int]]", n);
        }
        List<int[]> ids = new ArrayList<>();
        if (n.isEmpty() || !n.get(0).isArray()) {
            ids.add(read(n, "ids"));
        } else {
            for (int i = 0; i < n.size(); i++) {
                JsonNode e = n.get(i);
                if (!e.isArray()) {
                    throw JsonFields.wrong("ids[" + i + "]", "token ids [int]", e);
                }
                ids.add(read(e, "ids[" + i + "]"));
            }
        }
        return new DecodeRequest(ids, JsonFields.booleanOr(body, "skip_special_tokens", true));
    }

    private static int[] read(JsonNode array, String path) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = JsonFields.tokenId(array.get(i), path + "[" + i + "]");
        }
        return out;
    }
}
