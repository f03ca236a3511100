package dev.sentence4j.tokenizers.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The parts every written tokenizer.json shares: the header and the special tokens. */
final class PipelineJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private PipelineJson() {
    }

    /**
     * A tokenizer.json root in HF's key order, no truncation or padding, the special tokens as
     * added tokens with ids 0..k-1 (matched in the raw text, never split: normalized=false, as
     * HF's trainers and BERT's files write them). The caller adds the stages and the model.
     */
    static ObjectNode root(List<String> specialTokens) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", "1.0");
        root.putNull("truncation");
        root.putNull("padding");
        ArrayNode added = root.putArray("added_tokens");
        for (int id = 0; id < specialTokens.size(); id++) {
            ObjectNode t = added.addObject();
            t.put("id", id);
            t.put("content", specialTokens.get(id));
            t.put("single_word", false);
            t.put("lstrip", false);
            t.put("rstrip", false);
            t.put("normalized", false);
            t.put("special", true);
        }
        return root;
    }

    /** {@code {"type": type}}. */
    static ObjectNode typed(String type) {
        return MAPPER.createObjectNode().put("type", type);
    }

    /** The vocabulary as tokenizer.json's {"token": id} object, ids in list order. */
    static ObjectNode vocab(List<String> tokens) {
        ObjectNode v = MAPPER.createObjectNode();
        for (int id = 0; id < tokens.size(); id++) {
            v.put(tokens.get(id), id);
        }
        return v;
    }
}
