package dev.sentence4j.core;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a text is in retrieval, and so which of the model's prompts it gets: sentence-transformers
 * v5's {@code encode_query} and {@code encode_document}. A query gets the model's {@code query}
 * prompt; a document gets {@code document}, else {@code passage}, else {@code corpus}
 * (SentenceTransformer.encode_document tries the names in this order). When the model has none of
 * them, no name is chosen and encode applies the model's default prompt, if any, as ST does.
 */
public enum PromptRole {
    QUERY("query"),
    DOCUMENT("document", "passage", "corpus");

    private final List<String> candidates;

    PromptRole(String... candidates) {
        this.candidates = List.of(candidates);
    }

    /** The prompt names this role looks for, first match wins. */
    public List<String> candidates() {
        return candidates;
    }

    /** The first candidate among {@code prompts}' names, or null when the model has none of them. */
    public String promptName(Map<String, String> prompts) {
        Objects.requireNonNull(prompts, "prompts");
        for (String name : candidates) {
            if (prompts.containsKey(name)) {
                return name;
            }
        }
        return null;
    }

    public String promptName(ModelInfo info) {
        return promptName(info.prompts());
    }

    /**
     * Options for this role: {@code options} with the role's prompt name, unless they already name
     * a prompt or give a prompt text (an explicit choice wins, as in ST).
     */
    public EncodeOptions apply(EncodeOptions options, ModelInfo info) {
        Objects.requireNonNull(options, "options");
        if (options.prompt() != null || options.promptName() != null) {
            return options;
        }
        return options.withPromptName(promptName(info));
    }

    /** "query" or "document" (any case). */
    public static PromptRole parse(String name) {
        Objects.requireNonNull(name, "name");
        for (PromptRole r : values()) {
            if (r.label().equals(name.toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new IllegalArgumentException("prompt role: expected \"query\" or \"document\", found \"" + name + "\"");
    }

    /** The role as users write it: {@code query}, {@code document}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
