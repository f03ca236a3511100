package dev.sentence4j.corpus.index;

/**
 * One search result.
 *
 * @param id    0-based row of the document in build order
 * @param line  its input line
 * @param text  its stored text
 * @param score the model's similarity at full precision (cosine for most models), not Lucene's rescaled score
 */
public record IndexHit(long id, long line, String text, float score) {}
