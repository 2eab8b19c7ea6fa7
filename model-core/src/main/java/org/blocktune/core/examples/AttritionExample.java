package org.blocktune.core.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.recipe.Dummy;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.data.recipe.ZeroVariance;
import org.blocktune.core.io.DataRef;
import org.blocktune.core.io.DataSource;
import org.blocktune.core.io.Project;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.tune.TuneControl;

/**
 * Seed 002, attrition: the functional {@code attrition_towers} graph (two dense towers read the
 * input, a concatenate joins them, softmax output), tower_a_units and tower_b_units 16–128 on a
 * Latin hypercube of 12, 20 epochs; recipe zero variance → dummy → normalise; 75 % training split
 * and 3-fold cross-validation stratified by Attrition; accuracy and ROC AUC.
 */
final class AttritionExample {
    /** The 30 predictors of {@code attrition.csv}, in file order. */
    static final List<String> PREDICTORS = List.of("Age", "BusinessTravel", "DailyRate", "Department",
            "DistanceFromHome", "Education", "EducationField", "EnvironmentSatisfaction", "Gender", "HourlyRate",
            "JobInvolvement", "JobLevel", "JobRole", "JobSatisfaction", "MaritalStatus", "MonthlyIncome", "MonthlyRate",
            "NumCompaniesWorked", "OverTime", "PercentSalaryHike", "PerformanceRating", "RelationshipSatisfaction",
            "StockOptionLevel", "TotalWorkingYears", "TrainingTimesLastYear", "WorkLifeBalance", "YearsAtCompany",
            "YearsInCurrentRole", "YearsSinceLastPromotion", "YearsWithCurrManager");

    private AttritionExample() {
    }

    static ExampleProject example() {
        return new ExampleProject("attrition", "002", "a functional two-tower network (tower_a, tower_b, concatenate, "
                + "output), tuning both towers' units", quick(), full());
    }

    static Project full() {
        return base(20).withSpace(ParameterSet.of(domains(new Domain.IntRange(16, 128), new Domain.IntRange(16, 128))))
                .withGrid(new GridSettings(GridSettings.Kind.LATIN_HYPERCUBE, 3, 12, 42, null));
    }

    /** 2 candidates over narrower ranges, 5 epochs. */
    static Project quick() {
        return base(5).withSpace(ParameterSet.of(domains(new Domain.IntRange(16, 32), new Domain.IntRange(16, 32))))
                .withGrid(new GridSettings(GridSettings.Kind.LATIN_HYPERCUBE, 3, 2, 42, null));
    }

    private static Project base(int epochs) {
        Roles roles = new Roles(List.of("Attrition"), Map.of(Roles.DEFAULT_INPUT, PREDICTORS));
        Recipe recipe = Recipe.of(new ZeroVariance(), new Dummy(false), new Normalize());
        return Project.of(SeedSpecs.attritionTowers())
                .withData(new DataRef(new DataSource.Shipped("attrition"), roles, recipe))
                .withArguments(Map.of("fit_epochs", epochs), List.of("tower_a_units", "tower_b_units"))
                .withResampling(new ResamplingSettings(0.75, true, ResamplingSettings.Scheme.VFOLD, 3, 1, 25, 0.75))
                .withMetrics(List.of("accuracy", "roc_auc"))
                .withControl(new TuneControl(0, 42, true));
    }

    private static Map<String, Domain> domains(Domain a, Domain b) {
        Map<String, Domain> d = new LinkedHashMap<>();
        d.put("tower_a_units", a);
        d.put("tower_b_units", b);
        return d;
    }
}
