/** ST's Dense module and the safetensors reader its weights come from. */
package dev.sentence4j.core.dense;
