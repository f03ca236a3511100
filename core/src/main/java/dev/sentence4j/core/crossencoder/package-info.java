/**
 * Cross-encoders, sentence-transformers' {@code CrossEncoder}: a transformer that reads a pair of
 * texts at once and scores it (relevance for reranking, or classifier labels), with
 * {@link dev.sentence4j.core.crossencoder.CrossEncoder#predict predict} and
 * {@link dev.sentence4j.core.crossencoder.CrossEncoder#rank rank}.
 */
package dev.sentence4j.core.crossencoder;
