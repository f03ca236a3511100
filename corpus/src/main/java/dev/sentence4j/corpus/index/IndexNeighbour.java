package dev.sentence4j.corpus.index;

/** A row id and its full-precision score, without stored fields (see {@link VectorIndex#nearestIds}). */
public record IndexNeighbour(long id, float score) {}
