/**
 * From text to token ids, the one way: prompt, ST's text preparation, tokenizer with truncation
 * ({@link dev.sentence4j.core.input.ModelInputs}); then {@link dev.sentence4j.core.input.TokenizedInputs}
 * go to the encoder.
 */
package dev.sentence4j.core.input;
