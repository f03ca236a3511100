package dev.sentence4j.bench.worker;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of a child JVM: {@code worker TASK JOB_JSON}. Runs one job and prints its
 * measurement as one JSON line after {@link #RESULT_PREFIX} on stdout (a library may print
 * its own lines there too; the prefix tells ours apart).
 */
public final class WorkerMain {
    public static final String RESULT_PREFIX = "sentence4j-bench-result ";

    private WorkerMain() {}

    public static void run(String task, String jobJson) throws Exception {
        ObjectMapper json = mapper();
        Object result = switch (task) {
            case "pipeline" -> json.readValue(jobJson, PipelineJob.class).run();
            case "tokenizer" -> json.readValue(jobJson, TokenizerJob.class).run();
            case "tokenizer-family" -> json.readValue(jobJson, TokenizerFamilyJob.class).run();
            case "scaling" -> json.readValue(jobJson, ScalingJob.class).run();
            case "sts" -> json.readValue(jobJson, StsJob.class).run();
            default -> throw new IllegalArgumentException("unknown worker task \"" + task
                    + "\"; valid: pipeline, tokenizer, tokenizer-family, scaling, sts");
        };
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(RESULT_PREFIX + json.writeValueAsString(result));
    }

    public static ObjectMapper mapper() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }
}
