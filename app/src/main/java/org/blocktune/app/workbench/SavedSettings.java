package org.blocktune.app.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.blocktune.core.io.DataRef;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.GridSettings;

/**
 * The workbench settings a project file holds, as one value: {@link Workbench} compares the
 * settings now with those last saved or opened to tell whether there are unsaved changes.
 *
 * @param data       the data reference (source, roles, recipe), or null when none can be stored
 * @param kept       the rows kept after a dry run, or null when every candidate runs
 */
record SavedSettings(DataRef data, ResamplingSettings resampling, Map<String, Domain> domains,
                     Map<String, Integer> levels, GridSettings grid, long seed, List<String> metrics, int workers,
                     Path runFolder, List<Map<String, Object>> kept) {

    SavedSettings withData(DataRef d) {
        return new SavedSettings(d, resampling, domains, levels, grid, seed, metrics, workers, runFolder, kept);
    }

    SavedSettings withKept(List<Map<String, Object>> k) {
        return new SavedSettings(data, resampling, domains, levels, grid, seed, metrics, workers, runFolder, k);
    }
}
