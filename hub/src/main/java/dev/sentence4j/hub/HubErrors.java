package dev.sentence4j.hub;

import dev.sentence4j.hub.HubException.Reason;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.file.Path;
import java.util.List;

/** Builds the messages that explain why a model could not be resolved, and what to do about it. */
final class HubErrors {

    static final String TOKEN_HELP = "set HF_TOKEN to a Hugging Face access token with read access "
            + "(https://huggingface.co/settings/tokens)";

    private HubErrors() {
    }

    /** modules.json of a Hub repo, read by the one reader; a malformed file is the hub's bad response. */
    static List<ModuleEntry> readModules(Path modulesJson, RepoId id) {
        try {
            return ModuleEntry.read(modulesJson);
        } catch (ModuleEntry.Malformed e) {
            throw new HubException(Reason.BAD_RESPONSE, "modules.json of '" + id + "' (" + modulesJson + ") "
                    + e.getMessage(), e);
        }
    }

    /**
     * An error status from the hub, read as huggingface_hub's hf_raise_for_status reads it: the
     * {@code X-Error-Code} header (RepoNotFound, RevisionNotFound, EntryNotFound, GatedRepo) first, the status next.
     *
     * @param file the file requested, or null for a repo-level request
     */
    static HubException forStatus(int status, HttpHeaders headers, URI url, RepoId id, String revision, String file,
                                  boolean tokenSent, URI endpoint) {
        String code = headers.firstValue("X-Error-Code").orElse("");
        String serverMessage = headers.firstValue("X-Error-Message").map(m -> " The hub says: " + m).orElse("");
        String where = " (HTTP " + status + (code.isEmpty() ? "" : " " + code) + " from " + url + ")";
        String tokenState = tokenSent ? "the token that was sent (HF_TOKEN) was refused or lacks access"
                : "no token was sent";
        return switch (code) {
            case "RepoNotFound" -> new HubException(Reason.REPO_NOT_FOUND, "Hugging Face model repository '" + id
                    + "' not found" + where + ". Check the id (ORG/NAME, e.g. sentence-transformers/all-MiniLM-L6-v2)"
                    + (status == 401 || status == 403 ? "; if the repo is private or gated, " + TOKEN_HELP
                    + " (" + tokenState + ")" : "") + "." + serverMessage);
            case "RevisionNotFound" -> new HubException(Reason.REVISION_NOT_FOUND, "revision '" + revision
                    + "' not found in Hugging Face model repository '" + id + "'" + where
                    + ". Use a branch, tag or commit sha that exists in the repo, e.g. 'main'." + serverMessage);
            case "EntryNotFound" -> new HubException(Reason.ENTRY_NOT_FOUND, "file '" + file + "' not found in '" + id
                    + "' at revision '" + revision + "'" + where + "." + serverMessage);
            case "GatedRepo" -> new HubException(Reason.UNAUTHORIZED, "Hugging Face model repository '" + id
                    + "' is gated" + where + ": request access at " + endpoint + "/" + id + " while logged in, then "
                    + TOKEN_HELP + " from the account that was granted access (" + tokenState + ")." + serverMessage);
            default -> switch (status) {
                case 401, 403 -> new HubException(Reason.UNAUTHORIZED, "not authorized to read Hugging Face model '"
                        + id + "'" + (file == null ? "" : " file '" + file + "'") + where + ": " + tokenState
                        + ". If the repo is private or gated, " + TOKEN_HELP + "; for a gated repo also request"
                        + " access at " + endpoint + "/" + id + "." + serverMessage);
                case 404 -> file == null
                        ? new HubException(Reason.REPO_NOT_FOUND, "Hugging Face model repository '" + id
                        + "' not found at revision '" + revision + "'" + where + ". Check the id and the revision."
                        + serverMessage)
                        : new HubException(Reason.ENTRY_NOT_FOUND, "file '" + file + "' not found in '" + id
                        + "' at revision '" + revision + "'" + where + "." + serverMessage);
                default -> new HubException(Reason.BAD_RESPONSE, "unexpected answer from the Hugging Face Hub for '"
                        + id + "'" + (file == null ? "" : " file '" + file + "'") + where + "; expected 200."
                        + serverMessage);
            };
        };
    }

    static HubException unreachable(RepoId id, String revision, URI endpoint, Path repoDir, String doing,
                                    IOException cause) {
        return new HubException(Reason.NETWORK, "cannot reach the Hugging Face Hub at " + endpoint + " while "
                + doing + " for '" + id + "' (revision '" + revision + "'): " + describe(cause)
                + ". The model is not complete in the cache at " + repoDir + ". Check the network (or HF_ENDPOINT);"
                + " to work without a network, download the model once while online (sentence4j download " + id
                + ", or Python's huggingface-cli download " + id + ") and then set HF_HUB_OFFLINE=1.", cause);
    }

    static HubException notInCache(RepoId id, String revision, Path repoDir, List<String> missing) {
        String found = missing.isEmpty() ? "no snapshot for that revision was found"
                : "its snapshot lacks " + String.join(", ", missing);
        return new HubException(Reason.NOT_IN_CACHE, "offline mode (HF_HUB_OFFLINE=1): Hugging Face model '" + id
                + "' at revision '" + revision + "' is not in the cache at " + repoDir + ": " + found
                + ". Download it while online (unset HF_HUB_OFFLINE; sentence4j download " + id
                + "), or point HF_HUB_CACHE / HF_HOME at a cache that has it.");
    }

    static HubException onnxMissing(RepoId id, String revision, String onnxFile, List<String> siblings) {
        List<String> variants = siblings.stream().filter(f -> f.endsWith(".onnx")).sorted().toList();
        String have = variants.isEmpty() ? "it has no ONNX file at all"
                : "its ONNX files are: " + String.join(", ", variants)
                + " (pick one with --onnx-file or HubOptions.withOnnxFile)";
        return new HubException(Reason.ONNX_FILE_MISSING, "Hugging Face model '" + id + "' at revision '" + revision
                + "' has no ONNX file '" + onnxFile + "'; " + have + ". To export one, run: optimum-cli export onnx"
                + " --model " + id + " --task feature-extraction DIR (then load DIR), or in Python:"
                + " SentenceTransformer(\"" + id + "\", backend=\"onnx\").save_pretrained(DIR).");
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
