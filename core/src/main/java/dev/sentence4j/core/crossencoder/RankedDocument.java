package dev.sentence4j.core.crossencoder;

/**
 * One document of {@link CrossEncoder#rank}, as sentence-transformers' {@code rank} returns it.
 *
 * @param corpusId the document's index in the list given
 * @param score    its score for the query
 * @param text     the document, or null unless the documents were asked for
 */
public record RankedDocument(int corpusId, float score, String text) {
    public RankedDocument {
        if (corpusId < 0) {
            throw new IllegalArgumentException("corpusId must be >= 0, found " + corpusId);
        }
    }
}
