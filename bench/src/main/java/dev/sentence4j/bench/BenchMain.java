package dev.sentence4j.bench;

import dev.sentence4j.bench.cli.BenchCommand;
import dev.sentence4j.bench.worker.WorkerMain;
import picocli.CommandLine;

/**
 * Runs the bench on its own ({@code java -cp ... dev.sentence4j.bench.BenchMain [options]}),
 * and is the entry point of the child JVMs ({@code worker TASK JOB_JSON}).
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("worker")) {
            WorkerMain.run(args[1], args[2]);
            return;
        }
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setUsageHelpAutoWidth(true);
        System.exit(cli.execute(args));
    }
}
