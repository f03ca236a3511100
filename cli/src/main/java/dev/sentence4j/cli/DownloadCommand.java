package dev.sentence4j.cli;

import dev.sentence4j.hub.HubModelResolver;
import dev.sentence4j.hub.HubOptions;
import dev.sentence4j.hub.TextProgressBar;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    mixinStandardHelpOptions = true,
    name = "download",
    sortOptions = false,
    description = {
        "Download a model from the Hugging Face Hub into the local cache, for use offline.",
        "",
        "Only what the model needs is fetched: modules.json, the config and tokenizer files, its module folders (1_Pooling, 2_Dense, ...) and one ONNX file. The cache is the one Python's huggingface_hub uses (HF_HUB_CACHE, else HF_HOME/hub, else ~/.cache/huggingface/hub), so models downloaded by either are shared. Interrupted downloads resume; files are checked against their sha256.",
        "",
        "Environment: HF_ENDPOINT (default https://huggingface.co), HF_TOKEN (private or gated models), HF_HUB_OFFLINE=1 (never touch the network).",
    },
    footer = {
        "",
        "Examples:",
        "  sentence4j download sentence-transformers/all-MiniLM-L6-v2",
        "  sentence4j download sentence-transformers/all-mpnet-base-v2 --onnx-file onnx/model_qint8_avx512.onnx",
    })
final class DownloadCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", arity = "1", description = "The model's Hub id, org/name.")
    String id;

    @Option(names = "--revision", paramLabel = "REV", description = "A branch, tag or commit sha (default: main).")
    String revision;

    @Option(names = "--onnx-file", paramLabel = "FILE", description = "The ONNX file to fetch (default: onnx/model.onnx).")
    String onnxFile;

    @Override
    public Integer call() {
        if (!HubModelResolver.looksLikeRepoId(id)) {
            throw new IllegalArgumentException("'" + id + "' is not a Hub model id; expected org/name, "
                + "e.g. sentence-transformers/all-MiniLM-L6-v2");
        }
        HubOptions options = HubOptions.fromEnvironment().withProgress(new TextProgressBar(System.err));
        if (revision != null) {
            options = options.withRevision(revision);
        }
        if (onnxFile != null) {
            options = options.withOnnxFile(onnxFile);
        }
        Path dir = new HubModelResolver().resolve(id, options);
        System.out.println(dir);
        return 0;
    }
}
