/** Similarity functions with ST's conventions. */
package dev.sentence4j.core.similarity;
