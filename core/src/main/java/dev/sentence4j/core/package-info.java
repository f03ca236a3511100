/** Sentence embeddings with sentence-transformers semantics: {@link dev.sentence4j.core.SentenceEncoder} opens a model directory (or an {@link dev.sentence4j.core.EmbeddedModels embedded model}) and encodes text. */
package dev.sentence4j.core;
