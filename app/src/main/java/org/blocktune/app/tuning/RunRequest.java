package org.blocktune.app.tuning;

import java.io.IOException;
import java.nio.file.Path;
import org.blocktune.app.data.ExampleData;
import org.blocktune.app.workbench.LoadedData;
import org.blocktune.core.data.Table;
import org.blocktune.core.io.DataSource;
import org.blocktune.core.io.Project;
import org.blocktune.core.project.TunePlan;

/**
 * What the Run screen asks for, taken on the FX thread: the project as it would be saved (so the
 * plan is the one the command line makes from the saved file, kept rows and per-argument grid levels
 * included), the data in memory, and the run folder.
 *
 * @param project     the project with the workbench's settings
 * @param projectFile the project's file, or null when it was never saved
 * @param data        the loaded data
 * @param folder      the run folder
 * @param resume      continue the run in the folder instead of starting one
 */
record RunRequest(Project project, Path projectFile, LoadedData data, Path folder, boolean resume) {

    /**
     * Builds the plan (splits the data, makes the resamples and the job). Off the FX thread.
     *
     * @throws IllegalArgumentException saying what in the setup is incomplete
     * @throws IOException              when a data set's own test rows cannot be read
     */
    TunePlan plan() throws IOException {
        Path file = projectFile != null ? projectFile : folder.resolveSibling("unsaved.blocktune.json");
        TunePlan p = TunePlan.of(project.withRunFolder(folder), file, coreData(data));
        return new TunePlan(p.project(), p.task(), p.training(), p.testing(), p.job().withFolder(folder));
    }

    /** The core's view of the loaded data, with a shipped data set's own test rows (Fashion-MNIST). */
    static org.blocktune.core.project.LoadedData coreData(LoadedData d) throws IOException {
        Table ownTest = null;
        if (d.origin() instanceof DataSource.Shipped s) {
            ExampleData x = ExampleData.ofShippedName(s.name()).orElse(null);
            ownTest = x == null ? null : x.loadOwnTest();
        }
        return new org.blocktune.core.project.LoadedData(d.table(), ownTest);
    }
}
