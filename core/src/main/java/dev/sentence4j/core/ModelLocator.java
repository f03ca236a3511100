package dev.sentence4j.core;

import dev.sentence4j.hub.HubModelResolver;
import dev.sentence4j.hub.HubOptions;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Turns what a user typed as a model into a model directory, in this order: an embedded model
 * name, a local directory, a Hugging Face Hub id ({@code org/name}: the huggingface_hub cache,
 * then a download). The order makes a local folder named like a Hub id win, as in
 * sentence-transformers.
 */
public final class ModelLocator {
    private ModelLocator() {}

    public static Path resolve(String nameOrPath, HubOptions hub) {
        Objects.requireNonNull(nameOrPath, "nameOrPath");
        Objects.requireNonNull(hub, "hub");
        if (EmbeddedModels.find(nameOrPath).isPresent()) {
            return EmbeddedModels.materialize(nameOrPath, hub);
        }
        Path dir = null;
        try {
            dir = Path.of(nameOrPath);
        } catch (InvalidPathException e) {
            // not a path either: reported below
        }
        if (dir != null && Files.isDirectory(dir)) {
            return dir;
        }
        if (HubModelResolver.looksLikeRepoId(nameOrPath)) {
            return new HubModelResolver().resolve(nameOrPath, hub);
        }
        throw new IllegalArgumentException("\"" + nameOrPath + "\" is not an embedded model, a model directory or a "
                + "Hugging Face Hub id (org/name)" + (dir != null && Files.exists(dir) ? "; it is a file" : "")
                + "; embedded models: " + EmbeddedModels.describeAvailable());
    }
}
