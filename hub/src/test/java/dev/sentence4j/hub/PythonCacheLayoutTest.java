package dev.sentence4j.hub;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.sentence4j.hub.FakeHub.MINILM_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cache tree laid out by hand the way huggingface_hub writes it (file_download.py: blobs named by etag,
 * refs/main holding the sha without a newline, snapshots/{sha}/ with relative symlinks, a .no_exist marker,
 * a Python lock folder) is used as is, without the network.
 */
class PythonCacheLayoutTest {

    private static final String SHA = "c9745ed1d9f207416be6d2e6f8de32d1f16199bf";

    @TempDir
    Path cache;

    private Path repoDir;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private long blobBytes;

    @BeforeEach
    void buildPythonCache() throws IOException {
        for (String file : List.of("modules.json", "config.json", "config_sentence_transformers.json",
                "sentence_bert_config.json", "1_Pooling/config.json")) {
            files.put(file, FakeHub.resource("/fake-repos/all-MiniLM-L6-v2/" + file));
        }
        files.put("tokenizer.json", FakeHub.resource("/all-minilm-l6-v2-q-tokenizer.json"));
        files.put("onnx/model.onnx", FakeHub.resource("/all-minilm-l6-v2-q.onnx"));

        repoDir = cache.resolve("models--sentence-transformers--all-MiniLM-L6-v2");
        Files.createDirectories(repoDir.resolve("blobs"));
        Files.createDirectories(repoDir.resolve("refs"));
        Files.writeString(repoDir.resolve("refs/main"), SHA);
        Files.createDirectories(repoDir.resolve(".no_exist").resolve(SHA));
        Files.createFile(repoDir.resolve(".no_exist").resolve(SHA).resolve("adapter_config.json"));
        Files.createDirectories(cache.resolve(".locks/models--sentence-transformers--all-MiniLM-L6-v2"));
        for (var entry : files.entrySet()) {
            String etag = FakeHub.etagOf(entry.getKey(), entry.getValue());
            Files.write(repoDir.resolve("blobs").resolve(etag), entry.getValue());
            blobBytes += entry.getValue().length;
            Path pointer = repoDir.resolve("snapshots").resolve(SHA).resolve(entry.getKey());
            Files.createDirectories(pointer.getParent());
            Files.createSymbolicLink(pointer, pointer.getParent().relativize(repoDir.resolve("blobs").resolve(etag)));
        }
    }

    private HubOptions options() throws IOException {
        return new HubOptions(FakeHub.deadEndpoint(), Optional.empty(), cache, false, "main", Optional.empty(),
                ProgressListener.none());
    }

    @Test
    void pythonSnapshotIsUsedWithoutTheNetwork() throws IOException {
        HubModelResolver resolver = new HubModelResolver();
        Path expected = repoDir.resolve("snapshots").resolve(SHA);

        assertThat(resolver.resolve(MINILM_ID, options())).isEqualTo(expected);
        assertThat(resolver.resolve(MINILM_ID, options().withRevision(SHA))).isEqualTo(expected);
        assertThat(resolver.resolve(MINILM_ID, options().withOffline(true))).isEqualTo(expected);
        assertThat(Files.readAllBytes(expected.resolve("onnx/model.onnx"))).isEqualTo(files.get("onnx/model.onnx"));
    }

    @Test
    void snapshotWithoutTheOnnxFileIsNotUsedOffline() throws IOException {
        Files.delete(repoDir.resolve("snapshots").resolve(SHA).resolve("onnx/model.onnx"));

        HubException e = org.assertj.core.api.Assertions.catchThrowableOfType(HubException.class,
                () -> new HubModelResolver().resolve(MINILM_ID, options().withOffline(true)));

        assertThat(e.getMessage()).contains(repoDir.toString(), "lacks onnx/model.onnx", "HF_HUB_OFFLINE=1");
    }

    @Test
    void cacheListsTheModelWithItsRevisionsAndSize() {
        HubCache hubCache = new HubCache(cache);

        assertThat(hubCache.list()).singleElement().satisfies(model -> {
            assertThat(model.repoId()).isEqualTo(MINILM_ID);
            assertThat(model.repoDir()).isEqualTo(repoDir);
            assertThat(model.sizeBytes()).isEqualTo(blobBytes);
            assertThat(model.revisions()).containsExactly(
                    new CachedRevision(SHA, List.of("main"), repoDir.resolve("snapshots").resolve(SHA)));
        });
        assertThat(hubCache.snapshot(MINILM_ID, "main")).contains(repoDir.resolve("snapshots").resolve(SHA));
        assertThat(hubCache.snapshot(MINILM_ID, SHA)).contains(repoDir.resolve("snapshots").resolve(SHA));
        assertThat(hubCache.snapshot(MINILM_ID, "v2")).isEmpty();
        assertThat(hubCache.snapshot("someone/else", "main")).isEmpty();
        assertThat(new HubCache(cache.resolve("missing")).list()).isEmpty();
    }
}
