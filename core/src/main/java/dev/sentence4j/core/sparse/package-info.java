/**
 * Sparse vectors over the vocabulary, sentence-transformers v5's SparseEncoder for SPLADE models:
 * {@link dev.sentence4j.core.sparse.SparseEncoder} runs the masked-language-model graph,
 * {@link dev.sentence4j.core.sparse.SpladePooling} turns its logits into
 * {@link dev.sentence4j.core.sparse.SparseVector}s, {@link dev.sentence4j.core.sparse.SparseSimilarity}
 * scores them.
 */
package dev.sentence4j.core.sparse;
