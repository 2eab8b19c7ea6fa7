package org.blocktune.app.tuning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.blocktune.core.tune.RunFolder;
import org.blocktune.core.tune.TuneResults;

/**
 * What a run folder holds now: nothing, a finished run, or an unfinished one that Resume can
 * complete. Read off the FX thread.
 *
 * @param folder   the folder
 * @param holdsRun true when it holds a run's records
 * @param recorded fits recorded
 * @param expected fits of the whole run (candidates × resamples as far as known)
 * @param problem  why the folder could not be read, or null
 */
record FolderState(Path folder, boolean holdsRun, int recorded, int expected, String problem) {

    static FolderState of(Path folder) {
        if (!Files.isDirectory(folder) || !RunFolder.holdsRun(folder)) {
            return new FolderState(folder, false, 0, 0, null);
        }
        try {
            TuneResults r = TuneResults.load(folder);
            return new FolderState(folder, true, r.records().size(), r.candidates().size() * r.info().splitIds().size(),
                    null);
        } catch (IOException | RuntimeException e) {
            return new FolderState(folder, true, 0, 0, e.getMessage());
        }
    }

    /** True when the folder holds a run with fits still to do. */
    boolean unfinished() {
        return holdsRun && problem == null && recorded < expected;
    }

    /** One sentence for the screen. */
    String describe() {
        if (problem != null) {
            return "This folder holds a run that cannot be read: " + problem;
        }
        if (!holdsRun) {
            return "The folder holds no run yet: Start begins one.";
        }
        if (recorded < expected) {
            return "The folder holds an unfinished run (" + recorded + " of " + expected
                    + " fits recorded): Resume finishes it; Start replaces it.";
        }
        return "The folder holds a finished run (" + recorded + " fits): Start replaces it (asks first).";
    }
}
