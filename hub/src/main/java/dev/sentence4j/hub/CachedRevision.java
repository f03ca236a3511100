package dev.sentence4j.hub;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One snapshot of a cached model.
 *
 * @param commitSha   the snapshot's commit
 * @param refs        the branches and tags that point to it in {@code refs/}, sorted; may be empty
 * @param snapshotDir {@code snapshots/{commitSha}}
 */
public record CachedRevision(String commitSha, List<String> refs, Path snapshotDir) {

    public CachedRevision {
        Objects.requireNonNull(commitSha, "commitSha");
        Objects.requireNonNull(snapshotDir, "snapshotDir");
        refs = List.copyOf(Objects.requireNonNull(refs, "refs"));
    }
}
