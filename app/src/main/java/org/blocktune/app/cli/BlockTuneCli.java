package org.blocktune.app.cli;

import java.util.Set;
import org.blocktune.core.dl4j.JavaCppLimits;
import org.blocktune.core.fit.FitFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line: {@code blocktune init | args | compile-grid | tune | fit | results | predict | export
 * | import-keras | bench}.
 * It needs no display and loads no JavaFX.
 */
@Command(name = "blocktune", mixinStandardHelpOptions = true, versionProvider = BlockTuneCli.Version.class,
        description = "BlockTune on the command line: make a project from a CSV file (init), list its arguments, dry-run, tune, show results, fit, predict, export code (Java, Python, R) and import Keras models.",
        subcommands = {InitCommand.class, ArgsCommand.class, CompileGridCommand.class, TuneCommand.class, FitCommand.class, ResultsCommand.class,
                PredictCommand.class, ExportCommand.class, ReportCommand.class, ImportKerasCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done; 1 nothing usable came out (e.g. every fit failed); 2 wrong command line; "
                + "3 a project, data or model file could not be used; 130 interrupted (finished fits are kept)."})
public final class BlockTuneCli implements Runnable {
    /** The names that start the command line instead of the workbench. */
    public static final Set<String> COMMANDS = Set.of("init", "args", "compile-grid", "tune", "fit", "results", "predict",
            "export", "report", "import-keras", "bench", "help",
            "--help", "-h", "--version", "-V");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        JavaCppLimits.relax();
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        quietLibraryLogs();
        return commandLine().execute(args);
    }

    /** The configured command line (tests set its output streams). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new BlockTuneCli());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("blocktune " + line.getCommandName() + ": " + message(e));
            line.getErr().flush();
            return e instanceof UserError ? ExitCodes.BAD_INPUT : ExitCodes.FAILED;
        });
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.FAILED);
        return cl;
    }

    /** DL4J and ND4J log their start-up at INFO; on a terminal only warnings are worth showing. */
    static void quietLibraryLogs() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static String message(Exception e) {
        if (e instanceof UserError || e instanceof FitFailure) return e.getMessage();
        return "unexpected error: " + e + " (please report it with the command you ran)";
    }

    /** The version (see {@link org.blocktune.app.common.AppVersion}). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"BlockTune " + org.blocktune.app.common.AppVersion.get()};
        }
    }
}
