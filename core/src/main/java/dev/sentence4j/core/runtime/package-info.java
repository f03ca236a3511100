/** ONNX Runtime: the encoder session, the graph inputs it feeds and the output it reads (token embeddings or logits). */
package dev.sentence4j.core.runtime;
