package dev.sentence4j.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads the huggingface_hub cache (shared with Python): lists cached models, finds snapshots. */
public final class HubCache {

    private final Path cacheDir;

    public HubCache(Path cacheDir) {
        this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir").toAbsolutePath().normalize();
    }

    public Path cacheDir() {
        return cacheDir;
    }

    /** The cached models, sorted by repo id; empty when the cache folder does not exist. */
    public List<CachedModel> list() {
        if (!Files.isDirectory(cacheDir)) {
            return List.of();
        }
        List<CachedModel> models = new ArrayList<>();
        try (Stream<Path> children = Files.list(cacheDir)) {
            for (Path dir : children.sorted().toList()) {
                RepoId id = RepoId.fromFolderName(dir.getFileName().toString());
                if (id != null && Files.isDirectory(dir)) {
                    models.add(describe(new RepoCacheDir(dir, id)));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new HubException(HubException.Reason.CACHE_IO, "cannot list the Hugging Face cache " + cacheDir
                    + ": " + e, e);
        }
        models.sort(Comparator.comparing(CachedModel::repoId));
        return List.copyOf(models);
    }

    /**
     * The snapshot folder of {@code repoId} at {@code revision} (a branch or tag found in refs/, or a
     * commit sha), if it is in the cache. Says nothing about which files the snapshot holds.
     *
     * @throws IllegalArgumentException if repoId is not a valid model id
     */
    public Optional<Path> snapshot(String repoId, String revision) {
        Objects.requireNonNull(revision, "revision");
        return RepoCacheDir.in(cacheDir, RepoId.parse(repoId)).snapshotFor(revision);
    }

    private static CachedModel describe(RepoCacheDir repo) throws IOException {
        Map<String, List<String>> refsBySha = new TreeMap<>();
        if (Files.isDirectory(repo.refs())) {
            try (Stream<Path> refs = Files.walk(repo.refs())) {
                for (Path ref : refs.filter(Files::isRegularFile).sorted().toList()) {
                    String name = repo.refs().relativize(ref).toString().replace('\\', '/');
                    repo.readRef(name).ifPresent(sha -> refsBySha.computeIfAbsent(sha, k -> new ArrayList<>()).add(name));
                }
            }
        }
        List<CachedRevision> revisions = new ArrayList<>();
        if (Files.isDirectory(repo.snapshots())) {
            try (Stream<Path> snapshots = Files.list(repo.snapshots())) {
                for (Path snapshot : snapshots.filter(Files::isDirectory).sorted().toList()) {
                    String sha = snapshot.getFileName().toString();
                    revisions.add(new CachedRevision(sha, refsBySha.getOrDefault(sha, List.of()), snapshot));
                }
            }
        }
        long size = 0;
        if (Files.isDirectory(repo.blobs())) {
            try (Stream<Path> blobs = Files.list(repo.blobs())) {
                for (Path blob : blobs.filter(Files::isRegularFile).toList()) {
                    size += Files.size(blob);
                }
            }
        }
        return new CachedModel(repo.id().value(), repo.root(), revisions, size);
    }
}
