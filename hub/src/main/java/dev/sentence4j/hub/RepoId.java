package dev.sentence4j.hub;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Hugging Face Hub model id: {@code name} or {@code org/name}.
 *
 * <p>The allowed characters follow the hub's own rule for repo names (letters, digits, '-', '_', '.'),
 * with '--' and '..' forbidden because '--' is the separator in the cache folder name
 * ({@code models--org--name}, huggingface_hub's REPO_ID_SEPARATOR) and '..' could escape the cache.
 */
record RepoId(String value) {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,95}");
    static final String FOLDER_PREFIX = "models--";
    private static final String SEPARATOR = "--";

    RepoId {
        Objects.requireNonNull(value, "repo id");
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("invalid Hugging Face model id '" + value + "': " + problem
                    + "; expected ORG/NAME, e.g. sentence-transformers/all-MiniLM-L6-v2");
        }
    }

    static RepoId parse(String value) {
        return new RepoId(value);
    }

    /** Null when {@code value} is a valid id, else what is wrong with it. */
    static String problem(String value) {
        String[] parts = value.split("/", -1);
        if (parts.length > 2) {
            return "more than one '/'";
        }
        for (String part : parts) {
            if (!PART.matcher(part).matches()) {
                return "'" + part + "' is not a valid name (letters, digits, '-', '_', '.'; 1 to 96 characters)";
            }
            if (part.contains(SEPARATOR) || part.contains("..") || part.endsWith(".")) {
                return "'" + part + "' contains '--' or '..' or ends with '.'";
            }
        }
        return null;
    }

    boolean hasNamespace() {
        return value.indexOf('/') >= 0;
    }

    /** The cache folder name, {@code models--org--name}, as huggingface_hub's repo_folder_name writes it. */
    String folderName() {
        return FOLDER_PREFIX + value.replace("/", SEPARATOR);
    }

    /** The id a cache folder stands for, or null when the folder is not a model repo folder. */
    static RepoId fromFolderName(String folder) {
        if (!folder.startsWith(FOLDER_PREFIX)) {
            return null;
        }
        String id = folder.substring(FOLDER_PREFIX.length()).replace(SEPARATOR, "/");
        return problem(id) == null ? new RepoId(id) : null;
    }

    @Override
    public String toString() {
        return value;
    }
}
