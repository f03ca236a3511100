/** What command lines share: the model options (picocli, an optional dependency of core). */
package dev.sentence4j.core.cli;
