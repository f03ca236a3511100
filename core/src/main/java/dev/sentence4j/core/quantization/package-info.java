/** ST's quantize_embeddings: int8, uint8, binary and ubinary embeddings. */
package dev.sentence4j.core.quantization;
