package org.blocktune.app.tuning;

import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import org.blocktune.app.common.Background;
import org.blocktune.app.workbench.DataCheck;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.io.Project;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.tune.RunFolder;
import org.blocktune.core.tune.TuneResults;

/**
 * Shows what an opened project's run folder holds without running anything: when the folder
 * holds a run, its {@link TuneResults} are read in the background into the workbench's results,
 * and once the project's data has loaded its plan (data split, job) becomes the run plan.
 */
public final class SavedRun {
    private static final System.Logger LOG = System.getLogger(SavedRun.class.getName());

    private SavedRun() {
    }

    /** The run folder of {@code project} saved as {@code projectFile}: its own, else {@code <project>.runs} beside it. */
    public static Path folderOf(Project project, Path projectFile) {
        return project.runFolder() != null ? project.runFolder() : TunePlan.defaultRunFolder(projectFile);
    }

    /** Loads the results in the project's run folder, if any, into {@code wb} (call from the FX thread after opening). */
    public static void load(Workbench wb, Project project, Path projectFile) {
        Path folder = folderOf(project, projectFile);
        Background.run(() -> {
            if (!RunFolder.holdsRun(folder)) {
                return;
            }
            TuneResults r;
            try {
                r = TuneResults.load(folder);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not read the run in " + folder + ": " + e.getMessage());
                return;
            }
            Platform.runLater(() -> {
                if (wb.resultsProperty().get() == null && folder.equals(currentFolder(wb))) {
                    wb.resultsProperty().set(r);
                    planOnceDataLoads(wb, project, projectFile, folder, r);
                }
            });
        });
    }

    private static Path currentFolder(Workbench wb) {
        Path chosen = wb.runFolderProperty().get();
        return chosen != null ? chosen.toAbsolutePath()
                : wb.document().file().map(TunePlan::defaultRunFolder).orElse(null);
    }

    private static void planOnceDataLoads(Workbench wb, Project project, Path file, Path folder, TuneResults r) {
        if (ready(wb)) {
            plan(wb, project, file, folder, r);
            return;
        }
        ChangeListener<DataCheck> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends DataCheck> o, DataCheck a, DataCheck b) {
                if (wb.resultsProperty().get() != r) {
                    o.removeListener(this);
                } else if (ready(wb)) {
                    o.removeListener(this);
                    plan(wb, project, file, folder, r);
                }
            }
        };
        wb.dataCheckProperty().addListener(once);
    }

    private static boolean ready(Workbench wb) {
        return wb.dataProperty().get() != null && wb.dataCheckProperty().get() != null;
    }

    private static void plan(Workbench wb, Project project, Path file, Path folder, TuneResults r) {
        RunRequest request = new RunRequest(project, file, wb.dataProperty().get(), folder, false);
        Background.run(() -> {
            try {
                TunePlan plan = request.plan();
                Platform.runLater(() -> {
                    if (wb.resultsProperty().get() == r && wb.runPlanProperty().get() == null) {
                        wb.runPlanProperty().set(plan);
                    }
                });
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.INFO, "the reopened run's plan could not be made: " + e.getMessage());
            }
        });
    }
}
