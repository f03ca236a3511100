package dev.sentence4j.tokenizers;

/** Which end truncation cuts from, or padding adds to. */
public enum Direction {
    LEFT, RIGHT
}
