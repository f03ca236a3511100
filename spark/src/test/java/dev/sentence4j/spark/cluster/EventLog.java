package dev.sentence4j.spark.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.spark.SparkConf;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationStart;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;

/**
 * The driver's scheduler events, one line each, appended to the file named by
 * {@value #CONF}: what the cluster tests read to see which executor ran which task, which tasks
 * were lost and which executors came and went. Registered with {@code spark.extraListeners}
 * (Spark calls the SparkConf constructor); it observes the job, it does not steer it.
 *
 * <pre>
 * app APP_ID
 * executor-added EXEC_ID
 * executor-removed EXEC_ID REASON
 * stage STAGE_ID NUM_TASKS
 * task-start STAGE_ID PARTITION EXEC_ID
 * task-end STAGE_ID PARTITION EXEC_ID Success|REASON
 * </pre>
 */
public final class EventLog extends SparkListener {
    public static final String CONF = "spark.sentence4j.test.eventLog";
    private final Path file;

    public EventLog(SparkConf conf) {
        file = Path.of(conf.get(CONF));
    }

    private synchronized void write(String line) {
        try {
            Files.writeString(file, line.replace('\n', ' ') + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the event log " + file, e);
        }
    }

    @Override
    public void onApplicationStart(SparkListenerApplicationStart event) {
        write("app " + event.appId().get());
    }

    @Override
    public void onExecutorAdded(SparkListenerExecutorAdded event) {
        write("executor-added " + event.executorId());
    }

    @Override
    public void onExecutorRemoved(SparkListenerExecutorRemoved event) {
        write("executor-removed " + event.executorId() + " " + event.reason());
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted event) {
        write("stage " + event.stageInfo().stageId() + " " + event.stageInfo().numTasks());
    }

    @Override
    public void onTaskStart(SparkListenerTaskStart event) {
        write("task-start " + event.stageId() + " " + event.taskInfo().index() + " " + event.taskInfo().executorId());
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd event) {
        write("task-end " + event.stageId() + " " + event.taskInfo().index() + " " + event.taskInfo().executorId() + " "
                + event.reason().toString());
    }
}
