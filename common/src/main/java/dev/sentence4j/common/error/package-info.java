/** The user-facing exception types every module throws, and how front ends report them ({@link dev.sentence4j.common.error.Fault}). */
package dev.sentence4j.common.error;
