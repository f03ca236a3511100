package dev.sentence4j.core.config;

import dev.sentence4j.core.ModelLoadException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A modules.json {@code "path"} must name a folder inside the model directory: an absolute path
 * or one that climbs out ({@code "../../etc"}) would make a downloaded or copied model read any
 * file on the machine. The check is on the path as written (normalized), not on where symlinks
 * lead: the Hugging Face cache keeps every snapshot file as a symlink into {@code blobs/}.
 */
final class ModulePath {

    private ModulePath() {
    }

    /**
     * {@code path} of {@code modules[index]} in {@code modulesFile}, checked and normalized
     * ({@code "./1_Pooling/"} is {@code "1_Pooling"}).
     *
     * @throws ModelLoadException naming the file, the field and the path when it leaves the directory
     */
    static String requireInside(Path modulesFile, int index, String path) {
        String field = "modules[" + index + "].path";
        Path p;
        try {
            p = Path.of(path);
        } catch (InvalidPathException e) {
            throw new ModelLoadException(modulesFile, field + ": not a valid path: '" + path + "'", e);
        }
        if (p.isAbsolute()) {
            throw new ModelLoadException(modulesFile, field + ": expected a folder relative to the model directory, "
                    + "found the absolute path '" + path + "'");
        }
        Path normalized = p.normalize();
        if (normalized.startsWith("..")) {
            throw new ModelLoadException(modulesFile, field + ": expected a folder inside the model directory, found '"
                    + path + "', which leaves it");
        }
        return normalized.toString();
    }
}
