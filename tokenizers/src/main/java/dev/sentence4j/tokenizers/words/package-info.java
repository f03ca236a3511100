/**
 * A text as words, for comparing granularities (characters, words, subwords): BERT's word split
 * and a tokenizer's whole-word entries. Not part of encoding; the CLI's {@code tokenize --compare}
 * uses it.
 */
package dev.sentence4j.tokenizers.words;
