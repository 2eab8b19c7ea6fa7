package org.blocktune.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.blocktune.core.project.ShippedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code blocktune bench}: the engine's benchmarks, printing figures measured on this machine.
 *
 * <p>The benchmarks live in the {@code bench} module ({@code org.blocktune.bench}), which neither the
 * library nor the installers carry; the app does not depend on it. This command finds it on the
 * classpath by class name: {@code bin/blocktune} puts it there in a source checkout. When it is absent
 * (an installed BlockTune) the command says how to run the benchmarks from a checkout.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks of the engine on this machine: dry-run speed, training overhead against a "
                + "hand-written DL4J loop, speed-up with 2 workers, and memory over a long run.",
                "--quick takes about a minute; the full set takes several.",
                "The benchmarks run from a source checkout (bin/blocktune bench); installed copies do not carry them."})
final class BenchCommand extends CommandBase implements Callable<Integer> {
    /** The bench module's entry point: {@code runAll(PrintStream out, boolean quick, Path datasets)}. */
    static final String BENCHMARKS = "org.blocktune.bench.Benchmarks";
    /** What the command says when the bench module is not on the classpath. */
    static final String ABSENT = "the benchmarks are not part of this installation. They live in the bench module of "
            + "BlockTune's source code; in a checkout, run them with: bin/blocktune bench --quick "
            + "(it builds the project and puts them on the classpath).";

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
}
