package dev.sentence4j.hub;

import dev.sentence4j.hub.HubException.Reason;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts one file's bytes into {@code blobs/{etag}}: downloads into {@code blobs/{etag}.incomplete}, resumes a
 * partial file with {@code Range: bytes=N-} (huggingface_hub's http_get does the same), checks the size and,
 * for LFS files, the sha256 the ETag announces, then moves the file into place atomically. An existing blob
 * that fails the same check is deleted and fetched again.
 */
final class BlobDownloader {

    /** Attempts per file; a dropped connection resumes, a corrupt file starts over. */
    static final int MAX_ATTEMPTS = 3;
    private static final int BUFFER = 1 << 16;

    private final HubHttpClient http;
    private final ProgressListener progress;

    BlobDownloader(HubHttpClient http, ProgressListener progress) {
        this.http = Objects.requireNonNull(http, "http");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** @return the verified blob */
    Path fetch(RepoCacheDir repo, String commit, String file, FileMetadata meta) throws IOException {
        Path blob = repo.blob(meta.etag());
        if (Files.isRegularFile(blob)) {
            if (mismatch(blob, meta).isEmpty()) {
                return blob;
            }
            Files.delete(blob); // corrupt blob left in the cache: fetch it again
        }
        Files.createDirectories(repo.blobs());
        Path incomplete = repo.incomplete(meta.etag());
        IOException lastFailure = null;
        String lastMismatch = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                transfer(repo.id(), commit, file, meta, incomplete);
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                lastFailure = e; // keep the partial file: the next attempt resumes it
                continue;
            }
            long have = Files.size(incomplete);
            if (have < meta.size()) {
                lastFailure = new EOFException("connection ended after " + have + " of " + meta.size() + " bytes");
                continue;
            }
            Optional<String> mismatch = mismatch(incomplete, meta);
            if (mismatch.isEmpty()) {
                moveAtomically(incomplete, blob);
                return blob;
            }
            lastMismatch = mismatch.get();
            Files.delete(incomplete); // wrong bytes cannot be resumed: start over
        }
        if (lastMismatch != null) {
            throw new HubException(Reason.CORRUPT_DOWNLOAD, "download of '" + file + "' from '" + repo.id()
                    + "' (" + meta.location() + ") is corrupt after " + MAX_ATTEMPTS + " attempts: " + lastMismatch
                    + ". Try again later; if it persists, the hub or a proxy is altering the file.");
        }
        throw lastFailure;
    }

    private void transfer(RepoId id, String commit, String file, FileMetadata meta, Path incomplete)
            throws IOException {
        long have = Files.exists(incomplete) ? Files.size(incomplete) : 0;
        if (have > meta.size()) {
            Files.delete(incomplete);
            have = 0;
        }
        if (have == meta.size() && have > 0) {
            return; // complete already; the caller verifies it
        }
        progress.onProgress(file, have, meta.size());
        HttpResponse<InputStream> response = http.download(meta.location(), have, id, commit, file);
        try (InputStream body = response.body()) {
            if (response.statusCode() == 416) {
                Files.deleteIfExists(incomplete);
                throw new IOException("server refused the range bytes=" + have + "- of " + meta.location()
                        + " (HTTP 416); restarting from byte 0");
            }
            // 200 means the server ignored the Range header: the body is the whole file.
            boolean append = response.statusCode() == 206 && have > 0;
            long done = append ? have : 0;
            long owed = meta.size() - done;
            long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (announced >= 0 && announced != owed) {
                Files.deleteIfExists(incomplete);
                throw tooLong(id, file, meta, "the response announces " + announced + " bytes (Content-Length) where "
                        + owed + " were due");
            }
            try (OutputStream out = Files.newOutputStream(incomplete, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = body.read(buffer)) >= 0; ) {
                    if (n > meta.size() - done) { // never write past the announced size: an endless body would fill the disk
                        out.close();
                        Files.deleteIfExists(incomplete);
                        throw tooLong(id, file, meta, "the server sent more than that (stopped at " + (done + n) + " bytes)");
                    }
                    out.write(buffer, 0, n);
                    done += n;
                    progress.onProgress(file, done, meta.size());
                }
            }
        }
    }

    /** A server that sends more than the file's announced size: not retried, since it would do so again. */
    private static HubException tooLong(RepoId id, String file, FileMetadata meta, String what) {
        return new HubException(Reason.CORRUPT_DOWNLOAD, "download of '" + file + "' from '" + id + "' ("
                + meta.location() + "): the file is " + meta.size() + " bytes (X-Linked-Size / Content-Length of its "
                + "metadata) but " + what + "; nothing was kept. Try again later; if it persists, the hub or a proxy "
                + "is altering the file.");
    }

    /** Empty when {@code path} has the announced size and, for an LFS file, the announced sha256. */
    static Optional<String> mismatch(Path path, FileMetadata meta) throws IOException {
        long size = Files.size(path);
        if (size != meta.size()) {
            return Optional.of("expected " + meta.size() + " bytes (X-Linked-Size / Content-Length), found " + size);
        }
        if (meta.etagIsSha256()) {
            String found = sha256(path);
            if (!found.equals(meta.etag())) {
                return Optional.of("expected sha256 " + meta.etag() + " (the ETag), found " + found);
            }
        }
        return Optional.empty();
    }

    static String sha256(Path path) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
