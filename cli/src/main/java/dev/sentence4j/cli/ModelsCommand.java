package dev.sentence4j.cli;

import dev.sentence4j.cli.output.Json;
import dev.sentence4j.cli.output.TextTable;
import dev.sentence4j.core.EmbeddedModels;
import dev.sentence4j.core.EmbeddedModels.EmbeddedModel;
import dev.sentence4j.core.config.ModelDirectory;
import dev.sentence4j.core.config.ModelKind;
import dev.sentence4j.hub.CachedModel;
import dev.sentence4j.hub.CachedRevision;
import dev.sentence4j.hub.HubCache;
import dev.sentence4j.hub.HubOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    mixinStandardHelpOptions = true,
    name = "models",
    description = "List the models that work without a network: the embedded ones, with their kind, dimension, pooling and maximum input length in tokens, and the Hub models already in the cache with their kind (embedding, sparse or cross-encoder).")
final class ModelsCommand implements Callable<Integer> {
    @Option(names = "--json", description = "One JSON object per model.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        TextTable table = new TextTable(List.of("Name", "Kind", "Dim", "Pooling", "Max tokens", "Normalize", "Weights", "Source"),
            false, false, true, false, true, false, false, false);
        for (EmbeddedModel m : EmbeddedModels.list()) {
            if (!EmbeddedModels.availableWithoutDownload(m)) {
                // Listing must not download: this model's carrier is fetched when it is first used.
                String note = "fetched on first use from " + m.carrier();
                if (json) {
                    Map<String, Object> obj = new LinkedHashMap<>();
                    obj.put("name", m.name());
                    obj.put("default", m.isDefault());
                    obj.put("kind", ModelKind.EMBEDDING.label());
                    obj.put("dimension", m.dimension());
                    obj.put("weights", m.weights());
                    obj.put("source", m.source());
                    obj.put("downloaded", false);
                    Json.printLine(System.out, obj);
                } else {
                    table.add(m.name(), ModelKind.EMBEDDING.label(), String.valueOf(m.dimension()), "-", "-", "-", m.weights(), note);
                }
                continue;
            }
            // An int8 model made on first use shares its fp32 source's ST configs: list it from those,
            // so that listing does not run the quantizer.
            String listed = m.quantizedFrom().isEmpty() ? m.name() : m.quantizedFrom();
            Path materialized = EmbeddedModels.materialize(listed);
            ModelDirectory dir = ModelDirectory.open(materialized, null);
            String kind = ModelKind.of(materialized).label();
            List<String> pooling = new ArrayList<>();
            dir.pooling().modes().forEach(mode -> pooling.add(mode.configName()));
            if (json) {
                Map<String, Object> obj = new LinkedHashMap<>();
                obj.put("name", m.name());
                obj.put("default", m.isDefault());
                obj.put("kind", kind);
                obj.put("dimension", dir.dimension());
                obj.put("pooling", pooling);
                obj.put("max_seq_length", dir.transformer().maxSeqLength());
                obj.put("normalize", dir.normalize());
                obj.put("weights", m.weights());
                obj.put("source", m.source());
                Json.printLine(System.out, obj);
            } else {
                table.add(m.name() + (m.isDefault() ? " (default)" : ""), kind, String.valueOf(dir.dimension()),
                    String.join("+", pooling), String.valueOf(dir.transformer().maxSeqLength()),
                    dir.normalize() ? "yes" : "no", m.weights(), m.source());
            }
        }
        HubCache cache = new HubCache(HubOptions.fromEnvironment().cacheDir());
        List<CachedModel> cached = cache.list();
        if (json) {
            for (CachedModel c : cached) {
                Map<String, Object> obj = new LinkedHashMap<>();
                obj.put("name", c.repoId());
                obj.put("cached", true);
                obj.put("kind", kindOf(c));
                obj.put("revisions", c.revisions().stream().map(r -> r.commitSha()).toList());
                obj.put("size_bytes", c.sizeBytes());
                obj.put("path", c.repoDir().toString());
                Json.printLine(System.out, obj);
            }
            return 0;
        }
        System.out.println("Embedded models (no network needed once their carrier is on disk):");
        table.print(System.out);
        System.out.println();
        System.out.println("Hub models in the cache " + cache.cacheDir() + ":");
        if (cached.isEmpty()) {
            System.out.println("  (none; 'sentence4j download ORG/NAME' fetches one)");
        } else {
            TextTable hub = new TextTable(List.of("Id", "Kind", "Revisions", "Size"), false, false, false, true);
            for (CachedModel c : cached) {
                hub.add(c.repoId(), kindOf(c), String.join(",", c.revisions().stream()
                        .map(r -> r.refs().isEmpty() ? r.commitSha().substring(0, Math.min(10, r.commitSha().length())) : String.join("/", r.refs()))
                        .toList()),
                    String.format(java.util.Locale.ROOT, "%.1f MB", c.sizeBytes() / 1e6));
            }
            hub.print(System.out);
        }
        System.out.println();
        System.out.println("A local directory in the sentence-transformers layout works too: --model path/to/model");
        return 0;
    }

    /**
     * The kind of a cached Hub model, read from the files of the snapshot "main" points to (else
     * the first one); "?" when they cannot be read (a partial download), since listing must not
     * fail on one bad entry.
     */
    private static String kindOf(CachedModel c) {
        if (c.revisions().isEmpty()) {
            return "?";
        }
        CachedRevision revision = c.revisions().stream().filter(r -> r.refs().contains("main")).findFirst()
                .orElse(c.revisions().get(0));
        try {
            return ModelKind.of(revision.snapshotDir()).label();
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
