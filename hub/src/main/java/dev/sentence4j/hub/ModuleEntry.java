package dev.sentence4j.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a sentence-transformers {@code modules.json}: the module's folder ({@code ""} for the repo
 * root, e.g. the Transformer; {@code 1_Pooling}, {@code 2_Dense}) and its class name.
 *
 * @param path the folder, relative to the repo root, without a trailing slash
 * @param type e.g. {@code sentence_transformers.models.Pooling}
 */
record ModuleEntry(String path, String type) {

    ModuleEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        if (path.startsWith("/") || path.contains("\\") || path.equals("..") || path.startsWith("../")
                || path.contains("/../")) {
            throw new IllegalArgumentException("module path must stay inside the repo but was '" + path + "'");
        }
        path = path.replaceAll("/+$", "");
    }

    boolean isTransformer() {
        return type.endsWith(".Transformer");
    }

    /** Reads modules.json; a malformed file is reported with its path, the JSON path, what was expected and found. */
    static List<ModuleEntry> read(Path modulesJson, RepoId id) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(modulesJson.toFile());
        } catch (IOException e) {
            throw invalid(modulesJson, id, "$", "a JSON array", "unreadable JSON (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isArray()) {
            throw invalid(modulesJson, id, "$", "a JSON array", root == null ? "nothing" : root.getNodeType().toString(), null);
        }
        List<ModuleEntry> modules = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode path = root.get(i).path("path");
            JsonNode type = root.get(i).path("type");
            if (!path.isTextual() || !type.isTextual()) {
                throw invalid(modulesJson, id, "$[" + i + "]", "string fields 'path' and 'type'", root.get(i).toString(), null);
            }
            try {
                modules.add(new ModuleEntry(path.asText(), type.asText()));
            } catch (IllegalArgumentException e) {
                throw invalid(modulesJson, id, "$[" + i + "].path", "a folder inside the repo", path.asText(), e);
            }
        }
        return List.copyOf(modules);
    }

    private static HubException invalid(Path file, RepoId id, String jsonPath, String expected, String found,
                                        Throwable cause) {
        return new HubException(HubException.Reason.BAD_RESPONSE, "modules.json of '" + id + "' (" + file + ") at "
                + jsonPath + ": expected " + expected + ", found " + found, cause);
    }
}
