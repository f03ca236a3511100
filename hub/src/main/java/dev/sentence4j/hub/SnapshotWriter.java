package dev.sentence4j.hub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Writes the parts of the cache that name blobs: the snapshot entries, the refs, the .no_exist markers.
 * Snapshot entries are relative symlinks ({@code ../../blobs/{etag}}, deeper for files in folders), as
 * huggingface_hub's _create_symlink makes them, so the cache can be moved; where the file system refuses
 * symlinks (Windows without developer mode) the blob is copied instead, as huggingface_hub also falls back.
 */
final class SnapshotWriter {

    private final RepoCacheDir repo;

    SnapshotWriter(RepoCacheDir repo) {
        this.repo = Objects.requireNonNull(repo, "repo");
    }

    /** Makes {@code snapshots/{commit}/{file}} point to (or hold a copy of) {@code blob}. */
    Path link(String commit, String file, Path blob) throws IOException {
        Path pointer = repo.snapshot(commit).resolve(file).normalize();
        if (!pointer.startsWith(repo.snapshot(commit))) {
            throw new IllegalArgumentException("file '" + file + "' of '" + repo.id() + "' would leave the snapshot folder");
        }
        Files.createDirectories(pointer.getParent());
        Files.deleteIfExists(pointer); // a dangling or stale link
        Path target = pointer.getParent().relativize(blob);
        try {
            Files.createSymbolicLink(pointer, target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Path tmp = Files.createTempFile(pointer.getParent(), ".copy-", ".tmp");
            Files.copy(blob, tmp, StandardCopyOption.REPLACE_EXISTING);
            BlobDownloader.moveAtomically(tmp, pointer);
        }
        return pointer;
    }

    /** Writes {@code refs/{revision}} = commit (no trailing newline, as huggingface_hub writes it), atomically. */
    void writeRef(String revision, String commit) throws IOException {
        Path ref = repo.ref(revision);
        Files.createDirectories(ref.getParent());
        Path tmp = Files.createTempFile(ref.getParent(), ".ref-", ".tmp");
        Files.writeString(tmp, commit, StandardCharsets.UTF_8);
        BlobDownloader.moveAtomically(tmp, ref);
    }

    /** Records that {@code file} does not exist at {@code commit}, as huggingface_hub's .no_exist markers do. */
    void markMissing(String commit, String file) throws IOException {
        Path marker = repo.noExist(commit, file);
        Files.createDirectories(marker.getParent());
        if (!Files.exists(marker)) {
            Files.createFile(marker);
        }
    }
}
