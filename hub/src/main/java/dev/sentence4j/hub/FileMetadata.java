package dev.sentence4j.hub;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a HEAD on {@code {endpoint}/{repo_id}/resolve/{revision}/{file}} says about a file.
 *
 * @param etag     {@code X-Linked-Etag}, else {@code ETag}, without quotes or {@code W/}: the git sha1 of a
 *                 small file, the sha256 of an LFS file; names the blob in the cache
 * @param size     {@code X-Linked-Size}, else {@code Content-Length}
 * @param location where to GET the bytes: the {@code Location} of the 302 for LFS files (a CDN URL),
 *                 else the resolve URL itself
 */
record FileMetadata(String etag, long size, URI location) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SAFE_ETAG = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    FileMetadata {
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(location, "location");
        // The etag becomes a file name in blobs/: refuse anything that could leave that folder.
        if (!SAFE_ETAG.matcher(etag).matches() || etag.startsWith(".")) {
            throw new IllegalArgumentException("etag must be letters, digits, '.', '_' or '-' but was '" + etag + "'");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0 but was " + size);
        }
    }

    /** LFS files' ETag is the sha256 of their content (huggingface_hub relies on this too), so it can be checked. */
    boolean etagIsSha256() {
        return SHA256.matcher(etag).matches();
    }
}
