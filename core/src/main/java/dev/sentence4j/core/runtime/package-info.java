/** ONNX Runtime: the encoder session, the graph inputs it feeds and the token embeddings output it reads. */
package dev.sentence4j.core.runtime;
