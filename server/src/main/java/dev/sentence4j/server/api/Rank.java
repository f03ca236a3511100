package dev.sentence4j.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One text of a /rerank answer, TEI's Rank: its index in {@code texts}, the text when asked, its score. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Rank(int index, String text, float score) {}
