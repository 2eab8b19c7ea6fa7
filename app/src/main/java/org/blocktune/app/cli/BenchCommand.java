package org.blocktune.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.blocktune.core.project.ShippedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code blocktune bench}: the engine's benchmarks, printing figures measured on this machine.
 *
 * <p>The benchmarks live in the {@code bench} module ({@code org.blocktune.bench}), which neither the
 * library nor the installers carry; the app does not depend on it. This command finds it on the
 * classpath by class name: {@code bin/blocktune} puts it there in a source checkout. When it is absent
 * (an installed BlockTune) the command says how to run the benchmarks from a checkout.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchCommand.Speed.class, BenchCommand.Strategies.class},
        description = {"Benchmarks of the engine on this machine: dry-run speed, training overhead against a "
                + "hand-written DL4J loop, speed-up with 2 workers, and memory over a long run.",
                "--quick takes about a minute; the full set takes several. 'bench speed' times the workloads "
                        + "of the PyTorch comparison.",
                "The benchmarks run from a source checkout (bin/blocktune bench); installed copies do not carry them."})
final class BenchCommand extends CommandBase implements Callable<Integer> {
    /** The bench module's entry point: {@code runAll(PrintStream out, boolean quick, Path datasets)}. */
    static final String BENCHMARKS = "org.blocktune.bench.Benchmarks";
    /** The speed benchmark: {@code main(String[] args)} with {@code w1|w2|w3|w4} and its numbers. */
    static final String SPEED = "org.blocktune.bench.SpeedBenchmark";
    /** The bench module's system property naming the data-set folder. */
    static final String DATASETS_PROPERTY = "blocktune.datasets";
    /** What the command says when the bench module is not on the classpath. */
    static final String ABSENT = "the benchmarks are not part of this installation. They live in the bench module of "
            + "BlockTune's source code; in a checkout, run them with: bin/blocktune bench --quick "
            + "(or bin/blocktune bench speed w1), which builds the project and puts them on the classpath.";

    @Option(names = "--quick", description = "smaller sizes, about a minute")
    boolean quick;

    @Override
    public Integer call() throws Exception {
        Method runAll = benchMethod(BENCHMARKS, "runAll", PrintStream.class, boolean.class, Path.class);
        if (runAll == null) {
            return absent(this);
        }
        // the figures stream to standard output as each benchmark finishes
        invoke(runAll, System.out, quick, shippedDatasets());
        return ExitCodes.OK;
    }

    /** The shipped data sets (iris, diamonds, the Fashion-MNIST subset). */
    static Path shippedDatasets() {
        try {
            return ShippedData.resources().resolve("datasets");
        } catch (IOException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** The public static method {@code name} of the bench module's class {@code className}; null without the module. */
    static Method benchMethod(String className, String name, Class<?>... parameterTypes) {
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException e) {
            return null;
        }
        try {
            return type.getMethod(name, parameterTypes);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the bench module on the classpath does not match this command line: "
                    + className + " has no method " + name + " (rebuild the checkout: BLOCKTUNE_REBUILD=1 bin/blocktune)", e);
        }
    }

    /** Calls a static bench method, rethrowing what it threw. */
    static void invoke(Method method, Object... args) throws Exception {
        try {
            method.invoke(null, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    static int absent(CommandBase command) {
        command.err().println("blocktune bench: " + ABSENT);
        command.err().flush();
        return ExitCodes.FAILED;
    }

    /** {@code blocktune bench strategies [iris] [diamonds] [--workers N]}: grid vs racing vs Hyperband vs pruning. */
    @Command(name = "strategies", mixinStandardHelpOptions = true,
            description = {"Search strategies against the full grid on the same candidates and seed: epochs trained, "
                    + "wall time, the best candidate's CV metric and whether it is the grid's best. iris: the example's "
                    + "grid with fit_epochs 30, 5 folds; diamonds: 8,000 rows, 16 candidates, 5 folds, 10 epochs."})
    static final class Strategies extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "DATA", arity = "0..3", description = "iris, iris10 (10 folds) and/or diamonds (default: iris and diamonds)")
        List<String> which = new ArrayList<>();

        @Option(names = "--workers", paramLabel = "N", defaultValue = "2", description = "fits at once (default 2)")
        int workers;

        @Override
        public Integer call() throws Exception {
            Method run = benchMethod("org.blocktune.bench.StrategyBenchmark", "run", PrintStream.class, String[].class);
            if (run == null) {
                return absent(this);
            }
            System.setProperty(DATASETS_PROPERTY, shippedDatasets().toString());
            List<String> args = new ArrayList<>(which);
            args.add("--workers");
            args.add(Integer.toString(workers));
            invoke(run, System.out, args.toArray(String[]::new));
            System.out.flush();
            return ExitCodes.OK;
        }
    }

    /** The workloads of the PyTorch comparison (see the README's benchmark section). */
    enum Workload { w1, w2, w3, w4 }

    /** {@code blocktune bench speed w1|w2|w3|w4 [N...]}: seconds per epoch (W4: wall seconds) as RESULT lines. */
    @Command(name = "speed", mixinStandardHelpOptions = true,
            description = {"Training speed on the workloads of the PyTorch comparison, printed as RESULT lines that "
                    + "can be set beside a run of the peer script: w1 iris 4-16-3 (s per epoch, median of N fits), "
                    + "w2 Fashion-MNIST 784-256-128-10, w3 diamonds 26-64-64-1 (s per epoch), w4 27 candidates x 3 "
                    + "folds of w1 at 30 epochs (wall s)."})
    static final class Speed extends CommandBase implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "WORKLOAD", description = "one of: ${COMPLETION-CANDIDATES}")
        Workload workload;

        @Parameters(index = "1..*", paramLabel = "N", description = {"w1: fits to time (default 5); "
                + "w2: training rows (60000) and epochs (3); w3: epochs (3); w4: workers (1)"})
        List<Integer> numbers = new ArrayList<>();

        @Option(names = "--datasets", paramLabel = "DIR", description = {"folder holding iris.csv, diamonds.csv and, "
                + "for w2, fashion-mnist/ with the full Fashion-MNIST (default: -D" + DATASETS_PROPERTY
                + ", else the shipped data sets)"})
        Path datasets;

        @Override
        public Integer call() throws Exception {
            Method main = benchMethod(SPEED, "main", String[].class);
            if (main == null) {
                return absent(this);
            }
            Path dir = datasets != null ? datasets
                    : System.getProperty(DATASETS_PROPERTY) != null ? Path.of(System.getProperty(DATASETS_PROPERTY))
                    : shippedDatasets();
            if (workload == Workload.w2 && !Files.isDirectory(dir.resolve("fashion-mnist"))) {
                throw new UserError("w2 needs the full Fashion-MNIST (the four *-ubyte.gz files) in "
                        + dir.resolve("fashion-mnist") + "; name the folder that holds fashion-mnist/ with --datasets DIR");
            }
            System.setProperty(DATASETS_PROPERTY, dir.toString()); // where SpeedBenchmark.main reads its data
            List<String> args = new ArrayList<>();
            args.add(workload.name());
            numbers.forEach(n -> args.add(Integer.toString(n)));
            invoke(main, (Object) args.toArray(String[]::new));
            System.out.flush();
            return ExitCodes.OK;
        }
    }
}
