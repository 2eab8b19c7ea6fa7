package org.blocktune.app.workbench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.blocktune.core.io.DataRef;
import org.blocktune.core.io.Project;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.Parameter;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.tune.TuneControl;

/**
 * The workbench's part of a project file: the data reference with its roles and recipe, the
 * resampling, the tuned arguments' domains, the grid with the tuned arguments' own levels, the master
 * seed, the metrics, the workers, the run folder and the rows kept after a dry run ("keep valid rows
 * only") all go to the project's own fields, so the command line runs the same job. The editor's part
 * is {@link org.blocktune.app.editor.io.ProjectCodec}'s (which also moves kept rows and levels that
 * earlier versions stored in the layout to the project's fields).
 */
public final class WorkbenchProject {
    private WorkbenchProject() {
    }

    /**
     * {@code base} with the workbench's settings. Data whose origin cannot be stored (none loaded,
     * or loaded from a source the file cannot name) leaves the base's data reference as it was.
     */
    public static Project store(Workbench wb, Project base) {
        Project p = base;
        LoadedData d = wb.dataProperty().get();
        if (d != null && d.origin() != null) {
            p = p.withData(new DataRef(d.origin(), wb.rolesProperty().get(), wb.recipeProperty().get()));
        }
        Map<String, Domain> domains = new LinkedHashMap<>(wb.domainsProperty().get());
        for (Parameter x : wb.space().parameters()) {
            domains.putIfAbsent(x.name(), x.domain());
        }
        p = p.withSpace(ParameterSet.of(domains))
                .withGrid(wb.projectGrid())
                .withResampling(wb.resamplingProperty().get())
                .withMetrics(wb.metricsProperty().get())
                .withControl(new TuneControl(wb.workersProperty().get(), wb.seedProperty().get(),
                        base.control().savePredictions()))
                .withRunFolder(wb.runFolderProperty().get())
                .withKeptCandidates(wb.keptProperty().get())
                .withStrategy(wb.strategyProperty().get())
                .withFinalModel(wb.finalModel().refToStore());
        return p;
    }

    /**
     * Puts the project's settings into the workbench (after the editor has opened its model, so the
     * tune marks are known). Data is not loaded here; see {@code DataScreen#loadSaved}. Forgets the
     * previous run's plan and results.
     */
    public static void restore(Project p, Workbench wb) {
        wb.resetSearch();
        wb.clearRun();
        for (Parameter x : p.space().parameters()) {
            wb.setDomain(x.name(), x.domain());
        }
        wb.seedProperty().set(p.control().seed());
        wb.setGrid(p.grid());
        wb.resamplingProperty().set(p.resampling());
        wb.metricsProperty().set(p.metrics());
        wb.workersProperty().set(p.control().workers());
        wb.runFolderProperty().set(p.runFolder());
        wb.restoreKept(p.keptCandidates());
        wb.strategyProperty().set(p.strategy());
        wb.finalModel().restore(p.finalModel());
        wb.markSaved();
    }
}
