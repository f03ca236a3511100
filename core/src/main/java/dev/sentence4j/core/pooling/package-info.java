/** ST's Pooling module: one strategy per pooling mode, over a padded batch of token embeddings. */
package dev.sentence4j.core.pooling;
