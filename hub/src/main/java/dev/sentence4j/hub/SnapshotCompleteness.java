package dev.sentence4j.hub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Decides, without the network, whether a cached snapshot holds what a model needs, so that a cache filled
 * by an earlier run or by Python is used as is. Needed: the ONNX file; modules.json (unless a .no_exist
 * marker says the repo has none) and a non-empty folder for every module it lists; a tokenizer
 * (tokenizer.json or vocab.txt) and config.json when the Transformer sits at the root.
 */
final class SnapshotCompleteness {

    private SnapshotCompleteness() {
    }

    /** What is missing from {@code snapshots/{commit}}; empty when the snapshot can be used. */
    static List<String> missing(RepoCacheDir repo, String commit, String onnxFile) {
        Path snapshot = repo.snapshot(commit);
        List<String> missing = new ArrayList<>();
        if (!Files.isRegularFile(snapshot.resolve(onnxFile))) {
            missing.add(onnxFile);
        }
        boolean transformerAtRoot = true;
        Path modulesJson = snapshot.resolve("modules.json");
        if (Files.isRegularFile(modulesJson)) {
            List<ModuleEntry> modules = HubErrors.readModules(modulesJson, repo.id());
            transformerAtRoot = modules.stream().anyMatch(m -> m.path().isEmpty());
            for (ModuleEntry module : modules) {
                if (!module.path().isEmpty() && !hasFiles(snapshot.resolve(module.path()))
                        && !Files.exists(repo.noExist(commit, module.path()))) {
                    // 2_Normalize has no folder in most repos: only require folders that exist in the repo.
                    if (!module.isNormalize()) {
                        missing.add(module.path() + "/");
                    }
                }
            }
        } else if (!Files.exists(repo.noExist(commit, "modules.json"))) {
            missing.add("modules.json");
        }
        if (transformerAtRoot) {
            if (!Files.isRegularFile(snapshot.resolve("config.json"))) {
                missing.add("config.json");
            }
            if (!Files.isRegularFile(snapshot.resolve("tokenizer.json"))
                    && !Files.isRegularFile(snapshot.resolve("vocab.txt"))) {
                missing.add("tokenizer.json");
            }
        }
        return List.copyOf(missing);
    }

    private static boolean hasFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(Files::isRegularFile);
        } catch (IOException e) {
            throw new HubException(HubException.Reason.CACHE_IO, "cannot list the cached folder " + dir + ": " + e, e);
        }
    }
}
