package dev.sentence4j.hub;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.sentence4j.hub.FakeHub.MINILM_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class HubModelResolverTest {

    private static final String ONNX = "onnx/model.onnx";
    private static final Set<String> NEEDED = Set.of("modules.json", "config.json", "config_sentence_transformers.json",
            "sentence_bert_config.json", "1_Pooling/config.json", "tokenizer.json", ONNX);

    @TempDir
    Path cache;

    private FakeHub hub;
    private FakeHub.Repo miniLm;
    private final HubModelResolver resolver = new HubModelResolver();

    @BeforeEach
    void startHub() throws IOException {
        hub = new FakeHub();
        miniLm = hub.addMiniLm();
    }

    @AfterEach
    void stopHub() {
        hub.close();
    }

    private HubOptions options() {
        return new HubOptions(hub.endpoint(), Optional.empty(), cache, false, "main", Optional.empty(),
                ProgressListener.none());
    }

    private Path repoDir() {
        return cache.resolve("models--sentence-transformers--all-MiniLM-L6-v2");
    }

    private Path onnxBlob() {
        return repoDir().resolve("blobs").resolve(miniLm.etag(ONNX));
    }

    @Test
    void freshDownloadLaysOutTheCacheAsHuggingfaceHubDoes() throws IOException {
        List<String> progress = new ArrayList<>();
        Path snapshot = resolver.resolve(MINILM_ID, options().withProgress(
                (file, done, total) -> progress.add(file + ":" + done + "/" + total)));

        assertThat(snapshot).isEqualTo(repoDir().resolve("snapshots").resolve(miniLm.sha));
        assertThat(Files.readString(repoDir().resolve("refs/main"))).isEqualTo(miniLm.sha);
        assertThat(filesUnder(snapshot)).containsExactlyInAnyOrderElementsOf(NEEDED);
        for (String file : NEEDED) {
            Path pointer = snapshot.resolve(file);
            String up = "../".repeat(file.split("/").length + 1);
            assertThat(Files.isSymbolicLink(pointer)).as(file).isTrue();
            assertThat(Files.readSymbolicLink(pointer)).as(file).isEqualTo(Path.of(up + "blobs/" + miniLm.etag(file)));
            assertThat(Files.readAllBytes(pointer)).as(file).isEqualTo(miniLm.bytes(file));
        }
        assertThat(filesUnder(repoDir().resolve("blobs")))
                .containsExactlyInAnyOrderElementsOf(NEEDED.stream().map(miniLm::etag).collect(Collectors.toSet()));
        assertThat(miniLm.etag(ONNX)).isEqualTo(BlobDownloader.sha256(onnxBlob()));

        assertThat(hub.requestsFor("pytorch_model.bin")).isEmpty();
        assertThat(hub.requestsFor("model_qint8_avx512")).isEmpty();
        assertThat(hub.requestsFor("README.md")).isEmpty();
        assertThat(hub.requestsFor("/cdn/")).singleElement()
                .satisfies(r -> assertThat(r.server()).isEqualTo("cdn"));
        long size = miniLm.bytes(ONNX).length;
        List<String> onnxProgress = progress.stream().filter(p -> p.startsWith(ONNX + ":")).toList();
        assertThat(onnxProgress).first().isEqualTo(ONNX + ":0/" + size);
        assertThat(onnxProgress).last().isEqualTo(ONNX + ":" + size + "/" + size);

        int before = hub.requests().size();
        assertThat(resolver.resolve(MINILM_ID, options())).isEqualTo(snapshot);
        assertThat(hub.requests()).hasSize(before);
    }

    @Test
    void interruptedDownloadResumesWithRange() throws IOException {
        hub.cut(miniLm, ONNX, 1);

        resolver.resolve(MINILM_ID, options());

        List<FakeHub.Request> transfers = hub.requestsFor("/cdn/");
        assertThat(transfers).hasSize(2);
        assertThat(transfers.get(0).range()).isNull();
        int size = miniLm.bytes(ONNX).length;
        // The server sends half the file, then drops the connection; how much of that half reached
        // the client before the drop depends on socket buffering, so the resume point is (0, size/2].
        String range = transfers.get(1).range();
        assertThat(range).matches("bytes=\\d+-");
        long resumeAt = Long.parseLong(range.substring("bytes=".length(), range.length() - 1));
        assertThat(resumeAt).isPositive().isLessThanOrEqualTo(size / 2);
        assertThat(BlobDownloader.sha256(onnxBlob())).isEqualTo(miniLm.etag(ONNX));
        assertThat(repoDir().resolve("blobs").resolve(miniLm.etag(ONNX) + ".incomplete")).doesNotExist();
    }

    @Test
    void incompleteFileLeftByAnEarlierRunIsResumed() throws IOException {
        byte[] onnx = miniLm.bytes(ONNX);
        Path incomplete = repoDir().resolve("blobs").resolve(miniLm.etag(ONNX) + ".incomplete");
        Files.createDirectories(incomplete.getParent());
        Files.write(incomplete, java.util.Arrays.copyOf(onnx, 1_000_000));

        resolver.resolve(MINILM_ID, options());

        assertThat(hub.requestsFor("/cdn/")).singleElement()
                .satisfies(r -> assertThat(r.range()).isEqualTo("bytes=1000000-"));
        assertThat(Files.readAllBytes(onnxBlob())).isEqualTo(onnx);
    }

    @Test
    void corruptDownloadIsDetectedAndFetchedAgain() throws IOException {
        hub.corrupt(miniLm, ONNX, 1);

        resolver.resolve(MINILM_ID, options());

        assertThat(hub.requestsFor("/cdn/")).hasSize(2).allSatisfy(r -> assertThat(r.range()).isNull());
        assertThat(BlobDownloader.sha256(onnxBlob())).isEqualTo(miniLm.etag(ONNX));
    }

    @Test
    void persistentCorruptionIsReportedWithExpectedAndFoundHashes() {
        hub.corrupt(miniLm, ONNX, BlobDownloader.MAX_ATTEMPTS);

        HubException e = catchThrowableOfType(HubException.class, () -> resolver.resolve(MINILM_ID, options()));

        assertThat(e.reason()).isEqualTo(HubException.Reason.CORRUPT_DOWNLOAD);
        assertThat(e.getMessage()).contains(ONNX, MINILM_ID, "expected sha256 " + miniLm.etag(ONNX), "found ");
        assertThat(onnxBlob()).doesNotExist();
        assertThat(repoDir().resolve("refs/main")).doesNotExist();
    }

    @Test
    void anEndlessBodyIsCutAtTheAnnouncedSizeAndNotRetried() throws IOException {
        hub.overrun(miniLm, ONNX, FakeHub.Overrun.ENDLESS_BODY);
        long size = miniLm.bytes(ONNX).length;

        HubException e = catchThrowableOfType(HubException.class, () -> resolver.resolve(MINILM_ID, options()));

        assertThat(e.reason()).isEqualTo(HubException.Reason.CORRUPT_DOWNLOAD);
        assertThat(e.getMessage()).contains(ONNX, MINILM_ID, "the file is " + size + " bytes (X-Linked-Size",
                "the server sent more than that (stopped at ");
        assertThat(hub.requestsFor("/cdn/")).hasSize(1);
        assertThat(onnxBlob()).doesNotExist();
        try (var left = Files.list(repoDir().resolve("blobs"))) {
            assertThat(left.filter(p -> p.toString().endsWith(".incomplete")).toList()).isEmpty();
        }
    }

    @Test
    void aContentLengthOtherThanTheFilesSizeIsRefusedBeforeReadingTheBody() {
        hub.overrun(miniLm, ONNX, FakeHub.Overrun.LONGER_CONTENT_LENGTH);
        long size = miniLm.bytes(ONNX).length;

        HubException e = catchThrowableOfType(HubException.class, () -> resolver.resolve(MINILM_ID, options()));

        assertThat(e.getMessage()).contains(ONNX, "the file is " + size + " bytes",
                "the response announces 30000000 bytes (Content-Length) where " + size + " were due");
        assertThat(hub.requestsFor("/cdn/")).hasSize(1);
    }

    @Test
    void corruptBlobInTheCacheIsFetchedAgain() throws IOException {
        resolver.resolve(MINILM_ID, options());
        byte[] bad = Files.readAllBytes(onnxBlob());
        bad[100] ^= 1;
        Files.write(onnxBlob(), bad);
        deleteTree(repoDir().resolve("snapshots"));
        deleteTree(repoDir().resolve("refs"));

        resolver.resolve(MINILM_ID, options());

        assertThat(hub.requestsFor("/cdn/")).hasSize(2);
        assertThat(Files.readAllBytes(repoDir().resolve("snapshots").resolve(miniLm.sha).resolve(ONNX)))
                .isEqualTo(miniLm.bytes(ONNX));
    }

    @Test
    void offlineModeIsServedFromTheCacheWithoutTheNetwork() throws IOException {
        Path online = resolver.resolve(MINILM_ID, options());
        int before = hub.requests().size();

        Path offline = resolver.resolve(MINILM_ID, options().withOffline(true).withEndpoint(FakeHub.deadEndpoint()));

        assertThat(offline).isEqualTo(online);
        assertThat(hub.requests()).hasSize(before);
    }

    @Test
    void offlineWithAnEmptyCacheNamesTheCachePath() {
        HubException e = catchThrowableOfType(HubException.class,
                () -> resolver.resolve(MINILM_ID, options().withOffline(true)));

        assertThat(e.reason()).isEqualTo(HubException.Reason.NOT_IN_CACHE);
        assertThat(e.getMessage()).contains(MINILM_ID, repoDir().toString(), "HF_HUB_OFFLINE", "main");
        assertThat(hub.requests()).isEmpty();
    }

    @Test
    void unreachableHubExplainsOfflineModeAndNamesTheCachePath() throws IOException {
        HubException e = catchThrowableOfType(HubException.class,
                () -> resolver.resolve(MINILM_ID, options().withEndpoint(FakeHub.deadEndpoint())));

        assertThat(e.reason()).isEqualTo(HubException.Reason.NETWORK);
        assertThat(e.getMessage()).contains(MINILM_ID, repoDir().toString(), "HF_HUB_OFFLINE=1");
    }

    @Test
    void unknownRepoNamesTheId() {
        HubException e = catchThrowableOfType(HubException.class,
                () -> resolver.resolve("nobody/no-such-model", options()));

        assertThat(e.reason()).isEqualTo(HubException.Reason.REPO_NOT_FOUND);
        assertThat(e.getMessage()).contains("'nobody/no-such-model'", "404");
    }

    @Test
    void privateRepoWithoutTokenExplainsHfTokenAndTheTokenIsSentAsBearer() {
        FakeHub.Repo secret = hub.addRepo("acme/private-model");
        miniLm.files.forEach(secret::put);
        secret.requiredToken = "hf_test_token";

        HubException e = catchThrowableOfType(HubException.class,
                () -> resolver.resolve("acme/private-model", options()));
        assertThat(e.reason()).isEqualTo(HubException.Reason.UNAUTHORIZED);
        assertThat(e.getMessage()).contains("acme/private-model", "401", "HF_TOKEN", "no token was sent");

        Path snapshot = resolver.resolve("acme/private-model", options().withToken("hf_test_token"));
        assertThat(snapshot.resolve(ONNX)).exists();
        List<FakeHub.Request> toHub = hub.requests().stream()
                .filter(r -> r.server().equals("hub") && r.authorization() != null).toList();
        assertThat(toHub).isNotEmpty().allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer hf_test_token"));
        assertThat(toHub).anySatisfy(r -> assertThat(r.path()).startsWith("/api/models/acme/private-model"));
        assertThat(toHub).anySatisfy(r -> assertThat(r.method()).isEqualTo("HEAD"));
        // The CDN an LFS file redirects to never sees the token.
        assertThat(hub.requestsFor("/cdn/")).isNotEmpty().allSatisfy(r -> assertThat(r.authorization()).isNull());
    }

    @Test
    void nonexistentRevisionIsNamed() {
        HubException e = catchThrowableOfType(HubException.class,
                () -> resolver.resolve(MINILM_ID, options().withRevision("v9.9")));

        assertThat(e.reason()).isEqualTo(HubException.Reason.REVISION_NOT_FOUND);
        assertThat(e.getMessage()).contains("'v9.9'", MINILM_ID);
    }

    @Test
    void repoWithoutTheOnnxFileListsItsVariantsAndHowToExport() {
        FakeHub.Repo quantized = hub.addRepo("acme/quantized-only");
        miniLm.files.forEach((file, bytes) -> {
            if (!file.endsWith(".onnx")) {
                quantized.put(file, bytes);
            }
        });
        quantized.put("onnx/model_qint8_avx512.onnx", miniLm.bytes(ONNX));

        HubException e = catchThrowableOfType(HubException.class,
                () -> resolver.resolve("acme/quantized-only", options()));
        assertThat(e.reason()).isEqualTo(HubException.Reason.ONNX_FILE_MISSING);
        assertThat(e.getMessage()).contains("'onnx/model.onnx'", "onnx/model_qint8_avx512.onnx",
                "optimum-cli export onnx --model acme/quantized-only --task feature-extraction",
                "backend=\"onnx\"");

        Path snapshot = resolver.resolve("acme/quantized-only",
                options().withOnnxFile("onnx/model_qint8_avx512.onnx"));
        assertThat(filesUnder(snapshot)).contains("onnx/model_qint8_avx512.onnx", "tokenizer.json")
                .doesNotContain(ONNX);
    }

    @Test
    void invalidRepoIdIsACallerMistake() {
        assertThatThrownBy(() -> resolver.resolve("a/b/c", options()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a/b/c'");
    }

    static Set<String> filesUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !Files.isDirectory(p))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/')).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + dir, e);
        }
    }

    @Test
    void aCrossEncoderRepoWithoutModulesJsonDownloadsWhatItNeedsAndIsReusedOffline() throws IOException {
        String id = "cross-encoder/ms-marco-MiniLM-L6-v2";
        FakeHub.Repo repo = hub.addRepo(id);
        for (String file : ModelFileSelectorTest.MS_MARCO_CROSS_ENCODER) {
            repo.put(file, ("content of " + file).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        Path snapshot = resolver.resolve(id, options());

        assertThat(filesUnder(snapshot)).containsExactlyInAnyOrder("config.json", "onnx/model.onnx",
                "special_tokens_map.json", "tokenizer.json", "tokenizer_config.json", "vocab.txt");
        assertThat(Files.readAllBytes(snapshot.resolve("tokenizer_config.json"))).isEqualTo(repo.bytes("tokenizer_config.json"));
        assertThat(hub.requestsFor("model.safetensors")).isEmpty();
        assertThat(hub.requestsFor("model_O1")).isEmpty();
        int before = hub.requests().size();
        assertThat(resolver.resolve(id, options().withOffline(true).withEndpoint(FakeHub.deadEndpoint()))).isEqualTo(snapshot);
        assertThat(hub.requests()).hasSize(before);
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
