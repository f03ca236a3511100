package dev.sentence4j.hub;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Turns a Hugging Face Hub model id into a local snapshot directory holding what a sentence-transformers
 * model needs on ONNX Runtime. The cache is huggingface_hub's own (shared with Python, both ways).
 *
 * <p>Order: a complete cached snapshot of the revision (a cached branch/tag in refs/, or a commit sha) is used
 * without touching the network; in offline mode nothing else is tried. Otherwise the hub lists the repo's
 * files at the revision, and only the needed ones are downloaded (see {@link ModelFileSelector}).
 */
public final class HubModelResolver {

    public HubModelResolver() {
    }

    /**
     * True for {@code org/name} ids, e.g. {@code sentence-transformers/all-MiniLM-L6-v2}, that are not an
     * existing local path; lets a CLI tell a model directory from a hub id.
     */
    public static boolean looksLikeRepoId(String value) {
        if (value == null || value.indexOf('/') < 0 || RepoId.problem(value) != null) {
            return false;
        }
        try {
            return !Files.exists(Path.of(value));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * The snapshot directory of {@code repoId} at {@code options.revision()}, downloading what is missing.
     *
     * @throws IllegalArgumentException if repoId is not a valid model id
     * @throws HubException             if the model cannot be found, fetched or read; the message says why
     */
    public Path resolve(String repoId, HubOptions options) {
        Objects.requireNonNull(options, "options");
        RepoId id = RepoId.parse(Objects.requireNonNull(repoId, "repoId"));
        RepoCacheDir repo = RepoCacheDir.in(options.cacheDir(), id);
        String revision = options.revision();
        String onnxFile = options.onnxFileOrDefault();

        List<String> missing = List.of();
        var cached = repo.snapshotFor(revision);
        if (cached.isPresent()) {
            String commit = cached.get().getFileName().toString();
            missing = SnapshotCompleteness.missing(repo, commit, onnxFile);
            if (missing.isEmpty()) {
                return cached.get();
            }
        }
        if (options.offline()) {
            throw HubErrors.notInCache(id, revision, repo.root(), missing);
        }
        try (HubHttpClient http = new HubHttpClient(options)) {
            return download(http, repo, options);
        }
    }

    private static Path download(HubHttpClient http, RepoCacheDir repo, HubOptions options) {
        RepoId id = repo.id();
        String revision = options.revision();
        String onnxFile = options.onnxFileOrDefault();
        String doing = "listing the repo's files";
        try {
            RepoInfo info = http.repoInfo(id, revision);
            String commit = info.sha();
            if (!info.siblings().contains(onnxFile)) {
                throw HubErrors.onnxMissing(id, revision, onnxFile, info.siblings());
            }
            SnapshotWriter writer = new SnapshotWriter(repo);
            BlobDownloader downloader = new BlobDownloader(http, options.progress());
            List<ModuleEntry> modules = List.of();
            if (info.siblings().contains("modules.json")) {
                doing = "downloading modules.json";
                Path modulesJson = fetch(http, downloader, writer, repo, commit, "modules.json");
                modules = HubErrors.readModules(modulesJson, id);
            } else {
                writer.markMissing(commit, "modules.json");
            }
            for (String file : ModelFileSelector.select(info.siblings(), modules, onnxFile)) {
                doing = "downloading " + file;
                fetch(http, downloader, writer, repo, commit, file);
            }
            if (!revision.equals(commit)) {
                writer.writeRef(revision, commit);
            }
            return repo.snapshot(commit);
        } catch (InterruptedIOException e) {
            throw new HubException(HubException.Reason.NETWORK, "interrupted while " + doing + " for '" + id
                    + "'; partial downloads in " + repo.blobs() + " are resumed next time", e);
        } catch (IOException e) {
            throw HubErrors.unreachable(id, revision, options.endpoint(), repo.root(), doing, e);
        }
    }

    /** One file into the cache: skipped when the snapshot already has it (a commit's files never change). */
    private static Path fetch(HubHttpClient http, BlobDownloader downloader, SnapshotWriter writer,
                              RepoCacheDir repo, String commit, String file) throws IOException {
        Path pointer = repo.snapshot(commit).resolve(file);
        if (Files.isRegularFile(pointer)) {
            return pointer;
        }
        FileMetadata meta = http.fileMetadata(repo.id(), commit, file);
        Path blob = downloader.fetch(repo, commit, file, meta);
        return writer.link(commit, file, blob);
    }
}
