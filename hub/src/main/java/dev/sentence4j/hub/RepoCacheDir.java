package dev.sentence4j.hub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One model repo's folder in the huggingface_hub cache, laid out as huggingface_hub writes it
 * (file_download.py, "cache layout"):
 * <pre>
 * models--org--name/
 *   blobs/{etag}                  file contents, named by the git sha1 (small files) or sha256 (LFS files)
 *   blobs/{etag}.incomplete       a download in progress, resumed with a Range request
 *   refs/{revision}               the commit sha the branch or tag pointed to, no trailing newline
 *   snapshots/{sha}/{path}        relative symlinks to ../../blobs/{etag}
 *   .no_exist/{sha}/{path}        empty marker: the file does not exist at that commit
 * </pre>
 */
record RepoCacheDir(Path root, RepoId id) {

    static final Pattern COMMIT_SHA = Pattern.compile("[0-9a-f]{40}");

    RepoCacheDir {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(id, "id");
    }

    static RepoCacheDir in(Path cacheDir, RepoId id) {
        return new RepoCacheDir(cacheDir.toAbsolutePath().normalize().resolve(id.folderName()), id);
    }

    Path blobs() {
        return root.resolve("blobs");
    }

    Path blob(String etag) {
        return blobs().resolve(etag);
    }

    Path incomplete(String etag) {
        return blobs().resolve(etag + ".incomplete");
    }

    Path refs() {
        return root.resolve("refs");
    }

    Path ref(String revision) {
        return refs().resolve(revision);
    }

    Path snapshots() {
        return root.resolve("snapshots");
    }

    Path snapshot(String commitSha) {
        return snapshots().resolve(commitSha);
    }

    Path noExist(String commitSha, String file) {
        return root.resolve(".no_exist").resolve(commitSha).resolve(file);
    }

    static boolean isCommitSha(String revision) {
        return COMMIT_SHA.matcher(revision).matches();
    }

    /** The commit a ref points to, if the ref file exists. */
    Optional<String> readRef(String revision) {
        Path ref = ref(revision);
        if (!Files.isRegularFile(ref)) {
            return Optional.empty();
        }
        try {
            String sha = Files.readString(ref, StandardCharsets.UTF_8).strip();
            if (!isCommitSha(sha)) {
                throw new HubException(HubException.Reason.CACHE_IO, "cache ref " + ref + " of '" + id
                        + "' should hold a 40-character commit sha but holds '" + sha + "'");
            }
            return Optional.of(sha);
        } catch (IOException e) {
            throw new HubException(HubException.Reason.CACHE_IO, "cannot read cache ref " + ref + ": " + e, e);
        }
    }

    /** The snapshot folder for a revision (a cached ref, or a commit sha with a snapshot), if any. */
    Optional<Path> snapshotFor(String revision) {
        if (isCommitSha(revision) && Files.isDirectory(snapshot(revision))) {
            return Optional.of(snapshot(revision));
        }
        return readRef(revision).map(this::snapshot).filter(Files::isDirectory);
    }
}
