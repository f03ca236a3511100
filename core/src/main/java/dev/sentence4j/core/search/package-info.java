/** Exact top-k semantic search over an in-memory matrix. */
package dev.sentence4j.core.search;
