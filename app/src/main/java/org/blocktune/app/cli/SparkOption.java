package org.blocktune.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.blocktune.app.common.SparkModule;
import org.blocktune.core.tune.FitPlace;
import org.blocktune.core.tune.LocalWorkers;
import picocli.CommandLine.Option;

/** {@code --spark MASTER} and {@code --spark-conf KEY=VALUE}: run the fits on an Apache Spark cluster. */
final class SparkOption {
    @Option(names = "--spark", paramLabel = "MASTER",
            description = {"run the fits as Spark tasks: local[*] or local[N] (Spark inside this process), "
                    + "spark://host:7077 (a standalone cluster); needs the spark module (bin/blocktune from a checkout)"})
    String master;

    @Option(names = "--spark-conf", paramLabel = "KEY=VALUE",
            description = "a Spark setting, e.g. spark.jars=spark/target/blocktune-spark-job.jar or spark.executor.memory=4g (repeatable)")
    Map<String, String> settings = new LinkedHashMap<>();

    /** Where the fits run: Spark when asked for, else local worker threads. */
    FitPlace place() {
        if (master == null) {
            if (!settings.isEmpty()) {
                throw new UserError("--spark-conf needs --spark MASTER");
            }
            return new LocalWorkers();
        }
        try {
            return SparkModule.place(master, settings);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
