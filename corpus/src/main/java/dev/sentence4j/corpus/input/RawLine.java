package dev.sentence4j.corpus.input;

/**
 * One physical line as bytes, without its \n (and without a \r before it).
 *
 * @param bytes     {@code [length]} the line's bytes; valid until the next read
 * @param number    1-based line number
 * @param endOffset byte offset just past the line's \n (or the end of the file)
 */
record RawLine(byte[] bytes, int length, long number, long endOffset) {}
