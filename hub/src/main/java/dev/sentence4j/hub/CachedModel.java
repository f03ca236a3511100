package dev.sentence4j.hub;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A model repo found in the huggingface_hub cache.
 *
 * @param repoId    e.g. {@code sentence-transformers/all-MiniLM-L6-v2}
 * @param repoDir   its {@code models--org--name} folder
 * @param revisions its snapshots, sorted by commit sha
 * @param sizeBytes bytes of its blobs (shared by all snapshots, counted once)
 */
public record CachedModel(String repoId, Path repoDir, List<CachedRevision> revisions, long sizeBytes) {

    public CachedModel {
        Objects.requireNonNull(repoId, "repoId");
        Objects.requireNonNull(repoDir, "repoDir");
        revisions = List.copyOf(Objects.requireNonNull(revisions, "revisions"));
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes must be >= 0 but was " + sizeBytes + " for " + repoId);
        }
    }
}
