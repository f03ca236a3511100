package dev.sentence4j.cli;

import dev.sentence4j.cli.output.Json;
import dev.sentence4j.cli.output.TextTable;
import dev.sentence4j.core.EmbeddedModels;
import dev.sentence4j.core.EmbeddedModels.EmbeddedModel;
import dev.sentence4j.core.config.ModelDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "models",
    description = {
      "List the models that work without a network: the embedded ones, with their dimension,",
      "pooling and maximum input length in tokens.",
    })
final class ModelsCommand implements Callable<Integer> {
    @Option(names = "--json", description = "One JSON object per model.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        TextTable table = new TextTable(List.of("Name", "Dim", "Pooling", "Max tokens", "Normalize", "Weights", "Source"),
            false, true, false, true, false, false, false);
        for (EmbeddedModel m : EmbeddedModels.list()) {
            ModelDirectory dir = ModelDirectory.open(EmbeddedModels.materialize(m.name()), null);
            List<String> pooling = new ArrayList<>();
            dir.pooling().modes().forEach(mode -> pooling.add(mode.configName()));
            if (json) {
                Map<String, Object> obj = new LinkedHashMap<>();
                obj.put("name", m.name());
                obj.put("default", m.isDefault());
                obj.put("dimension", dir.dimension());
                obj.put("pooling", pooling);
                obj.put("max_seq_length", dir.transformer().maxSeqLength());
                obj.put("normalize", dir.normalize());
                obj.put("weights", m.weights());
                obj.put("source", m.source());
                Json.printLine(System.out, obj);
            } else {
                table.add(m.name() + (m.isDefault() ? " (default)" : ""), String.valueOf(dir.dimension()),
                    String.join("+", pooling), String.valueOf(dir.transformer().maxSeqLength()),
                    dir.normalize() ? "yes" : "no", m.weights(), m.source());
            }
        }
        if (!json) {
            table.print(System.out);
            System.out.println();
            System.out.println("A local directory in the sentence-transformers layout works too: --model path/to/model");
        }
        return 0;
    }
}
