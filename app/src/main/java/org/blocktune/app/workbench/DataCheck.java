package org.blocktune.app.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.blocktune.core.compile.DataChecks;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.Task;
import org.blocktune.core.data.TensorColumn;
import org.blocktune.core.data.recipe.PreppedRecipe;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.fit.DataShapes;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.resample.Split;
import org.blocktune.core.resample.Strata;
import org.blocktune.core.spec.DataShape;

/**
 * What the loaded data, roles, recipe and resampling settings amount to: the task, the shapes a
 * network is built against (the recipe prepared on the training part of the initial split only, as
 * a tuning run will), the resampling sizes as one line, and every problem as a sentence. Worked out
 * off the FX thread by {@link Workbench}.
 *
 * @param task           classification or regression (null when the roles are not usable)
 * @param classLevels    the outcome's classes (classification), else empty
 * @param shape          input and outcome shapes, or null when a problem prevents them
 * @param problems       what is wrong, as plain sentences (empty when all is well)
 * @param resamplingLine e.g. "150 rows → 112 training + 38 testing. 112 training rows → 3 folds of ~75/37."
 * @param shapeLine      e.g. "After the recipe: 4 numeric predictors → input (None, 4); outcome 3 classes."
 */
public record DataCheck(Task task, List<String> classLevels, DataShape shape, List<String> problems,
                        String resamplingLine, String shapeLine) {

    public DataCheck {
        classLevels = List.copyOf(classLevels);
        problems = List.copyOf(problems);
    }

    /** True when the data is ready for a dry run. */
    public boolean ok() {
        return shape != null && problems.isEmpty();
    }

    /** Checks {@code table} with the given roles, recipe and resampling. Never throws for bad settings. */
    public static DataCheck of(Table table, Roles roles, Recipe recipe, ResamplingSettings rs, long seed) {
        return of(table, roles, recipe, rs, seed, 1);
    }

    /**
     * As {@link #of(Table, Roles, Recipe, ResamplingSettings, long)} for a spec with {@code outputBlocks}
     * output blocks: several outcome columns are one output each when the spec has several output blocks or
     * an outcome is categorical, else one vector output ({@link DataShapes#separateOutputs}).
     */
    public static DataCheck of(Table table, Roles roles, Recipe recipe, ResamplingSettings rs, long seed,
                               int outputBlocks) {
        List<String> problems = new ArrayList<>();
        if (roles == null) {
            return new DataCheck(null, List.of(), null, List.of("choose the outcome column"), "", "");
        }
        problems.addAll(roles.validate(table));
        if (!problems.isEmpty()) {
            return new DataCheck(null, List.of(), null, problems, "", "");
        }
        Task task = roles.task(table);
        String outcome = roles.outcomes().get(0);
        List<String> levels = task == Task.CLASSIFICATION ? table.categorical(outcome).levels() : List.of();
        int n = table.rowCount();
        Table train = table;
        StringBuilder line = new StringBuilder();
        try {
            int[] strata = rs.stratify() ? Strata.of(table, outcome) : null;
            Split initial = rs.initial(n, strata, seed);
            if (initial != null) {
                train = table.rows(initial.analysis());
                line.append(String.format(Locale.ROOT, "%,d rows → %,d training + %,d testing%s.", n,
                        initial.analysisSize(), initial.assessmentSize(), rs.stratify() ? " (stratified)" : ""));
                line.append('\n');
            } else {
                line.append(String.format(Locale.ROOT, "%,d rows, all for training (no test set).\n", n));
            }
            int[] trainStrata = rs.stratify() ? Strata.of(train, outcome) : null;
            List<Split> resamples = rs.resamples(train.rowCount(), trainStrata, seed);
            line.append(resamplesText(rs, train.rowCount(), resamples));
            if (task == Task.CLASSIFICATION) {
                problems.addAll(DataChecks.singleClassResamples(train.categorical(outcome), resamples));
            }
        } catch (IllegalArgumentException e) {
            problems.add("resampling: " + e.getMessage());
        }
        if (train.rowCount() < 2) {
            problems.add("the training part has fewer than 2 rows");
        }
        DataShape shape = null;
        String shapeLine = "";
        int before = problems.size();
        Table baked = null;
        Roles bakedRoles = null;
        String droppedLine = "";
        try {
            PreppedRecipe prepped = recipe.prep(train, roles);
            PreppedRecipe.Baked all = prepped.bakeRows(train);
            int dropped = train.rowCount() - all.rows().length;
            if (dropped > 0) {
                droppedLine = String.format(Locale.ROOT, " The recipe drops %,d of the %,d training rows (missing values or"
                        + " filters); %,d are used.", dropped, train.rowCount(), all.rows().length);
            }
            if (all.rows().length < 2) {
                problems.add("the recipe leaves " + all.rows().length + " of " + train.rowCount() + " training rows (its drop and"
                        + " filter steps remove the rest); loosen those steps or check the data");
            } else {
                problems.addAll(DataChecks.missingOrInfinite(all.table(), prepped.bakedRoles()));
            }
            baked = all.table().rows(IntStream.range(0, Math.min(all.table().rowCount(), 8)).toArray());
            bakedRoles = prepped.bakedRoles();
        } catch (IllegalArgumentException e) {
            problems.add("recipe: " + e.getMessage());
        }
        if (baked != null) {
            if (task == Task.CLASSIFICATION && levels.size() < 2) {
                problems.add("the outcome '" + outcome + "' has " + levels.size() + " class; a classifier needs two or more");
            }
            boolean usable = true;
            for (var e : bakedRoles.inputs().entrySet()) {
                usable &= feedsANetwork(baked, e.getKey(), e.getValue(), problems);
            }
            List<String> parts = new ArrayList<>();
            if (usable) {
                try {
                    // the shapes as a fit reads them (a 2-D tensor first as a one-channel image)
                    boolean separate = roles.outcomes().size() > 1
                            && (outputBlocks > 1 || roles.anyCategoricalOutcome(table));
                    DataShape read = DataShapes.of(baked, bakedRoles, true, separate);
                    read.inputs().forEach((name, s) -> parts.add(name + " " + s.keras()));
                    if (problems.size() == before) {
                        shape = read;
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
            shapeLine = "After the recipe: " + bakedRoles.predictors().size() + " predictor column"
                    + (bakedRoles.predictors().size() == 1 ? "" : "s") + " → " + String.join(", ", parts)
                    + "; " + (roles.outcomes().size() > 1 ? "outcomes " + outcomesText(table, roles)
                    : "outcome " + (task == Task.CLASSIFICATION ? levels.size() + " classes" : "1 number")) + "."
                    + droppedLine;
        }
        return new DataCheck(task, levels, shape, problems, line.toString().trim(), shapeLine);
    }

    private static String outcomesText(Table table, Roles roles) {
        List<String> parts = new ArrayList<>();
        for (String o : roles.outcomes()) {
            parts.add(o + (Roles.outcomeTask(table, o) == Task.CLASSIFICATION
                    ? " (" + table.categorical(o).levels().size() + " classes)" : " (number)"));
        }
        return String.join(", ", parts);
    }

    /**
     * Whether an input's baked columns can feed a network: not empty, numeric columns only or one
     * tensor column. Says why not in {@code problems}. The shapes themselves are the core's
     * ({@link DataShapes}).
     */
    private static boolean feedsANetwork(Table baked, String input, List<String> columns, List<String> problems) {
        if (columns.isEmpty()) {
            problems.add("input '" + input + "' has no predictor columns left after the recipe");
            return false;
        }
        Column first = baked.column(columns.get(0));
        if (first instanceof TensorColumn t) {
            if (columns.size() > 1) {
                problems.add("input '" + input + "' mixes the image column '" + t.name()
                        + "' with other columns; use only the image column as predictor");
                return false;
            }
            return true;
        }
        for (String c : columns) {
            Column col = baked.column(c);
            if (col instanceof CategoricalColumn) {
                problems.add("predictor '" + c + "' is categorical; add a dummy (or one-hot) step to the recipe");
                return false;
            }
            if (col instanceof TensorColumn) {
                problems.add("input '" + input + "' mixes numeric columns with the image column '" + c + "'");
                return false;
            }
            if (!(col instanceof NumericColumn)) {
                problems.add("predictor '" + c + "' cannot feed a network");
                return false;
            }
        }
        return true;
    }

    private static String resamplesText(ResamplingSettings rs, int n, List<Split> resamples) {
        double analysis = resamples.stream().mapToInt(Split::analysisSize).average().orElse(0);
        double assessment = resamples.stream().mapToInt(Split::assessmentSize).average().orElse(0);
        String sizes = String.format(Locale.ROOT, "~%,.0f/%,.0f", analysis, assessment);
        String what = switch (rs.scheme()) {
            case VFOLD -> rs.folds() + " folds" + (rs.repeats() > 1 ? " × " + rs.repeats() + " repeats" : "")
                    + " of " + sizes;
            case BOOTSTRAP -> rs.times() + " bootstrap resample" + (rs.times() == 1 ? "" : "s") + " of " + sizes;
            case VALIDATION -> "a validation split of " + sizes.replace("~", "");
        };
        return String.format(Locale.ROOT, "%,d training rows → %s (fit/assess).", n, what);
    }
}
