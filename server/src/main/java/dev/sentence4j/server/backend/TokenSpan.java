package dev.sentence4j.server.backend;

/**
 * One token of a tokenized input.
 *
 * @param start UTF-16 offset of its first char in the input, or -1 for a token without span
 * @param end   UTF-16 offset after its last char, or -1
 */
public record TokenSpan(int id, String text, boolean special, int start, int end) {}
