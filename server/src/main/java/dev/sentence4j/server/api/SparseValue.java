package dev.sentence4j.server.api;

/** One active dimension of a /embed_sparse vector, TEI's SparseValue: a vocabulary index and its weight. */
public record SparseValue(int index, float value) {}
