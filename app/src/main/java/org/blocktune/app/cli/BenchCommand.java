package org.blocktune.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.blocktune.core.bench.Benchmarks;
import org.blocktune.core.project.ShippedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code blocktune bench}: the engine's benchmarks, printing figures measured on this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks of the engine on this machine: dry-run speed, training overhead against a "
                + "hand-written DL4J loop, speed-up with 2 workers, and memory over a long run.",
                "--quick takes about a minute; the full set takes several."})
final class BenchCommand extends CommandBase implements Callable<Integer> {
    @Option(names = "--quick", description = "smaller sizes, about a minute")
    boolean quick;

    @Override
    public Integer call() throws Exception {
        Path datasets;
        try {
            datasets = ShippedData.resources().resolve("datasets");
        } catch (IOException e) {
            throw new UserError(e.getMessage(), e);
        }
        // the figures stream to standard output as each benchmark finishes
        Benchmarks.runAll(System.out, quick, datasets);
        return ExitCodes.OK;
    }
}
