package org.blocktune.app.cli;

import java.util.concurrent.Callable;
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
    public Integer call() {
        throw new UserError("benchmarks are not wired in yet");
    }
}
