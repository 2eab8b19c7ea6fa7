package org.blocktune.app;

import java.util.LinkedHashSet;
import java.util.List;
import org.blocktune.app.data.DataScreen;
import org.blocktune.app.data.ExampleData;
import org.blocktune.app.editor.model.DocState;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.Transform;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Shape;

/**
 * Sets up the whole Iris example, as kerasnip's first vignette: the iris MLP (one dense block and
 * a softmax output), the iris data with outcome Species and a normalize recipe, a stratified 75 %
 * training split with 3-fold cross-validation, and a small regular grid over the dense block's
 * units and the learning rate (3 × 3 = 9 candidates), seed 42.
 */
final class IrisWorkflow {
    /** The tuned arguments and their domains. */
    static final Domain UNITS = new Domain.IntRange(4, 16);
    static final Domain LEARN_RATE = new Domain.RealRange(0.001, 0.1, Transform.LOG10);

    private IrisWorkflow() {
    }

    /**
     * Replaces the document and the session with the Iris example; the data loads in the background.
     * Like an opened file, the example starts without unsaved changes.
     */
    static void apply(EditorDocument doc, Workbench wb, DataScreen data) {
        DocState s = DocState.of(SeedSpecs.irisMlp()).withTuned(new LinkedHashSet<>(List.of("dense_units", "learn_rate")));
        doc.reset(s, DataShape.classification(Shape.flat(4), 3), null);
        wb.resetSearch();
        wb.clearRun(); // the last project's run, results and dry run are not the example's
        wb.setDomain("dense_units", UNITS);
        wb.setDomain("learn_rate", LEARN_RATE);
        wb.seedProperty().set(42);
        wb.setGrid(GridSettings.regular(3));
        wb.resamplingProperty().set(new ResamplingSettings(0.75, true, ResamplingSettings.Scheme.VFOLD, 3, 1, 25, 0.75));
        data.openExample(ExampleData.IRIS);
        wb.markSaved();
    }
}
