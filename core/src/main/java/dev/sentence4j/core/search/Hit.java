package dev.sentence4j.core.search;

/** One search result: a corpus row and its score against the query. */
public record Hit(int corpusId, float score) {
    public Hit {
        if (corpusId < 0) {
            throw new IllegalArgumentException("corpusId must be >= 0, found " + corpusId);
        }
    }
}
