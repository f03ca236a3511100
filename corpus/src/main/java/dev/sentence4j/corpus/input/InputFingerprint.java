package dev.sentence4j.corpus.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What identifies an input file for --resume: its size, modification time and the SHA-256 of
 * its first {@value #HEAD_BYTES} bytes. Hashing the head (not the whole file) keeps resume cheap
 * on huge corpora; size and mtime catch appends and rewrites.
 */
public record InputFingerprint(long size, long modifiedMillis, String headSha256) {
    public static final int HEAD_BYTES = 1 << 20;

    public static InputFingerprint of(Path file) throws IOException {
        try {
            long size = Files.size(file);
            long mtime = Files.getLastModifiedTime(file).toMillis();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] head = in.readNBytes(HEAD_BYTES);
                sha.update(head);
            }
            return new InputFingerprint(size, mtime, HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("input file '" + file + "' does not exist");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Null when equal, else what differs, for an error message. */
    public String difference(InputFingerprint other) {
        if (size != other.size) {
            return "size " + other.size + " bytes, the manifest says " + size;
        }
        if (!headSha256.equals(other.headSha256)) {
            return "the first bytes differ (sha256 " + other.headSha256.substring(0, 12) + "..., the manifest says "
                    + headSha256.substring(0, 12) + "...)";
        }
        if (modifiedMillis != other.modifiedMillis) {
            return "modified at " + java.time.Instant.ofEpochMilli(other.modifiedMillis) + ", the manifest says "
                    + java.time.Instant.ofEpochMilli(modifiedMillis);
        }
        return null;
    }
}
