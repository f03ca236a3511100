/** ST's Normalize module. */
package dev.sentence4j.core.normalize;
