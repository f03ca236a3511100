package dev.sentence4j.hub;

import java.util.List;
import java.util.Objects;

/**
 * What {@code GET {endpoint}/api/models/{repo_id}/revision/{revision}} says about a repo.
 *
 * @param sha      the commit the revision resolves to
 * @param siblings every file path in the repo at that commit ({@code siblings[].rfilename})
 */
record RepoInfo(String sha, List<String> siblings) {

    RepoInfo {
        Objects.requireNonNull(sha, "sha");
        siblings = List.copyOf(Objects.requireNonNull(siblings, "siblings"));
        if (!RepoCacheDir.isCommitSha(sha)) {
            throw new IllegalArgumentException("sha must be a 40-character lowercase hex commit but was '" + sha + "'");
        }
    }
}
