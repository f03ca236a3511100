/** Parsing of a sentence-transformers model directory: modules.json and one config file per module. Reads JSON only; no ONNX, no tokenizer. */
package dev.sentence4j.core.config;
