package org.blocktune.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.blocktune.core.examples.ExampleProjects;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.io.Project;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.space.BayesianSettings;
import org.blocktune.core.space.Direction;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.ParameterSet;
import org.junit.jupiter.api.Test;

/** The size of a tune run, as the Examples menu and the Run screen state it before anything runs. */
class BudgetTest {
    private static final Project IRIS = Project.of(SeedSpecs.irisMlp())
            .withArguments(Map.of("fit_epochs", 8), List.of("dense_units"))
            .withSpace(ParameterSet.of(Map.of("dense_units", Domain.ValueSet.of(4, 8, 16))))
            .withGrid(GridSettings.regular(3))
            .withResampling(new ResamplingSettings(0.75, true, ResamplingSettings.Scheme.VFOLD, 5, 2, 25, 0.75));

    @Test
    void theSeedsFullBudgetsAreTheirPublishedSizes() {
        // seed 002: 20 Latin hypercube candidates × 5-fold CV, 20 epochs
        assertEquals(new Budget(20, 5, 20, false), Budget.of(ExampleProjects.full("diamonds")));
        assertEquals("100 fits of 20 epochs", Budget.of(ExampleProjects.full("diamonds")).describe());
        // seed 000: 2 levels of 5 arguments (epochs among them) × 3 folds
        assertEquals("96 fits", Budget.of(ExampleProjects.full("iris")).describe());
    }

    @Test
    void gridKeptRowsAndBayesianSearchesAreCounted() {
        assertEquals("30 fits of 8 epochs", Budget.of(IRIS).describe(), "3 values × 5 folds × 2 repeats");
        assertEquals("20 fits of 8 epochs", Budget.of(IRIS.withKeptCandidates(
                List.of(Map.of("dense_units", 4), Map.of("dense_units", 16)))).describe());
        Project bayes = IRIS.withGrid(new GridSettings(GridSettings.Kind.BAYESIAN, 3, 10, 1,
                new BayesianSettings(Direction.MAXIMIZE, 4, 6, 6, 1)));
        assertEquals("up to 100 fits of 8 epochs", Budget.of(bayes).describe());
        Project untuned = IRIS.withArguments(Map.of(), List.of())
                .withResampling(new ResamplingSettings(0.75, true, ResamplingSettings.Scheme.VALIDATION, 3, 1, 25, 0.75));
        assertEquals("1 fit", Budget.of(untuned).describe());
    }
}
