package org.blocktune.app.tuning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.tune.RunFolder;

/**
 * Where a run's records go: the folder the user chose; else {@code <project>.runs} beside the
 * saved project file (as the command line); else, for a project never saved, a new folder under
 * {@code ~/.blocktune/runs} named after the model and the time, which the project remembers as its
 * run folder once the run starts (so saving it later keeps the link to its results).
 */
final class RunFolders {
    private RunFolders() {
    }

    /** The folder the next run uses. */
    static Path effective(Path chosen, Optional<Path> projectFile, String specName, LocalDateTime now) {
        if (chosen != null) {
            return chosen.toAbsolutePath();
        }
        return projectFile.map(TunePlan::defaultRunFolder).orElseGet(() -> unsavedRoot()
                .resolve(safe(specName) + "-" + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))));
    }

    /** The folder of runs of projects not saved yet. */
    static Path unsavedRoot() {
        return Path.of(System.getProperty("user.home"), ".blocktune", "runs");
    }

    /** Removes the records of the run held in {@code dir} (only the files a run writes; nothing else). */
    static void clear(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(RunFolder.FITS_FILE));
        Files.deleteIfExists(dir.resolve(RunFolder.RUN_FILE + ".tmp"));
        Files.deleteIfExists(dir.resolve(RunFolder.RUN_FILE));
    }

    private static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]+", "_");
        return s.isEmpty() ? "model" : s;
    }
}
