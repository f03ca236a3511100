package dev.sentence4j.server.api;

/**
 * One token in TEI's /tokenize answer. As in TEI, start and stop are UTF-8 byte offsets into the
 * input (they equal char offsets for ASCII text), null for a token without span.
 */
public record SimpleToken(int id, String text, boolean special, Integer start, Integer stop) {}
