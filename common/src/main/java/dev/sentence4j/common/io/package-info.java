/** Output files that are whole or absent after a crash, and the .npy format. */
package dev.sentence4j.common.io;
