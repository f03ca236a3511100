package dev.sentence4j.core;

/** What encode returns: ST's output_value "sentence_embedding", "token_embeddings", or both (ST's None). */
public enum OutputValue {
    SENTENCE,
    TOKEN,
    BOTH
}
