package dev.sentence4j.server.api;

/** TEI's truncation_direction: which end of an over-long input is cut. */
public enum TruncationDirection {
    Left,
    Right
}
