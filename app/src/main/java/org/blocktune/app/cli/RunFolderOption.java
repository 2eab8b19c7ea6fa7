package org.blocktune.app.cli;

import java.nio.file.Path;
import org.blocktune.core.tune.TuneJob;
import picocli.CommandLine.Option;

/** {@code --run-folder}: the tune run's folder instead of the project's own (shared by tune and fit). */
final class RunFolderOption {
    @Option(names = "--run-folder", paramLabel = "DIR",
            description = "the folder of the tune run's records (default: the project's run folder, else <project name>.runs beside it)")
    Path folder;

    /** The job with the given folder, or unchanged when none was given. */
    TuneJob apply(TuneJob job) {
        return folder == null ? job : job.withFolder(folder.toAbsolutePath());
    }
}
