package dev.sentence4j.server.api;

/** One label's score in a /predict answer, TEI's Prediction. */
public record Prediction(float score, String label) {}
