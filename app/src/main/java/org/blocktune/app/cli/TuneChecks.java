package org.blocktune.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.blocktune.core.tune.RunFolder;
import org.blocktune.core.tune.RunLock;
import picocli.CommandLine;

/** What {@code tune} checks before it loads data or fits anything. */
final class TuneChecks {
    private TuneChecks() {
    }

    /** Option combinations and values (exit code 2). */
    static void options(CommandLine line, Integer workers, boolean resume, boolean fresh, boolean retryFailed) {
        if (workers != null && workers < 0) {
            throw new CommandLine.ParameterException(line, "--workers must be 0 (automatic) or a positive number of fits "
                    + "at once, not " + workers);
        }
        if (resume && fresh) {
            throw new CommandLine.ParameterException(line, "--resume and --fresh contradict each other: --resume continues "
                    + "the run in the folder, --fresh deletes it and starts over; choose one");
        }
        if (retryFailed && !resume) {
            throw new CommandLine.ParameterException(line, "--retry-failed goes with --resume");
        }
    }

    /**
     * The run folder: a resumed run must exist; an existing run needs --resume or --fresh; --fresh
     * deletes the old records (under the folder's lock); the folder must be writable (exit code 3).
     */
    static void folder(Path folder, boolean resume, boolean fresh, String resumeCommand, String startCommand) {
        boolean holds = RunFolder.holdsRun(folder);
        if (resume && !holds) {
            throw new UserError("there is no run to resume in " + folder.toAbsolutePath() + " (no " + RunFolder.RUN_FILE
                    + "); to start one, run '" + startCommand + "' without --resume"
                    + (Files.isDirectory(folder) ? "" : " (check the --run-folder path)"));
        }
        if (holds && !resume && !fresh) {
            throw new UserError("the run folder " + folder.toAbsolutePath() + " already holds a run; continue it with '"
                    + resumeCommand + "', start over with --fresh (deletes its records), or choose another folder with --run-folder DIR");
        }
        FileChecks.writableFolder(folder, "run folder", "choose a writable folder with --run-folder DIR");
        if (fresh && holds) {
            try (RunLock lock = RunLock.acquire(folder)) {
                Files.deleteIfExists(folder.resolve(RunFolder.FITS_FILE));
                Files.deleteIfExists(folder.resolve(RunFolder.RUN_FILE));
            } catch (RunLock.BusyException e) {
                throw new UserError(e.getMessage(), e);
            } catch (IOException e) {
                throw new UserError("could not delete the earlier run in " + folder + " (" + FileChecks.reason(e) + ")", e);
            }
        }
    }
}
