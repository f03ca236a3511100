package dev.sentence4j.core.crossencoder;

import java.util.Objects;

/**
 * What a cross-encoder scores: a pair of texts (a query and a document, two sentences), tokenized
 * together as {@code [CLS] first [SEP] second [SEP]} with type ids 0 and 1; or, with {@code second}
 * null, a single text (for a classifier, as text-embeddings-inference's {@code /predict} accepts).
 *
 * @param first  the first text, never null
 * @param second the second text, or null for a single text
 */
public record TextPair(String first, String second) {
    public TextPair {
        Objects.requireNonNull(first, "first");
    }

    /** A single text. */
    public static TextPair of(String text) {
        return new TextPair(text, null);
    }

    public static TextPair of(String first, String second) {
        return new TextPair(first, Objects.requireNonNull(second, "second"));
    }

    /** Whether this is a single text rather than a pair. */
    public boolean isSingle() {
        return second == null;
    }
}
