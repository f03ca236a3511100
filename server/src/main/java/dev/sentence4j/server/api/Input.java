package dev.sentence4j.server.api;

/** One model input as TEI's InputType takes it: a string, or token ids. */
public sealed interface Input {
    record Text(String text) implements Input {}

    record Ids(int[] ids) implements Input {}
}
