/** STS evaluation: Pearson and Spearman of embedding similarity against gold scores. */
package dev.sentence4j.core.evaluation;
