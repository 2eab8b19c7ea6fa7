package org.blocktune.core.compile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.TensorColumn;
import org.blocktune.core.data.recipe.PreppedRecipe;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.resample.Split;

/**
 * The data checks of the dry run: problems every fit of every candidate would hit, found before
 * any fit, each with its fix in plain words — missing or infinite values left after the recipe, a
 * text predictor the recipe does not encode, too few rows, a single class in the outcome or in the
 * analysis part of a resample. The recipe is prepared once on all training rows (a resample's
 * analysis part holds a subset of them, so what fails here fails there).
 */
public final class DataChecks {
    private static final int IMAGE_ROWS = 1000;
    private DataChecks() {
    }

    /**
     * Problems with fitting {@code roles} and {@code recipe} on {@code training}, as sentences (empty if none).
     *
     * @param resamples the resamples a tune run fits (null or empty: not checked)
     */
    public static List<String> of(Table training, Roles roles, Recipe recipe, List<Split> resamples) {
        List<String> problems = new ArrayList<>(roles.validate(training));
        if (!problems.isEmpty()) return problems;
        String outcome = roles.outcomes().get(0);
        boolean classification = training.column(outcome) instanceof CategoricalColumn;
        PreppedRecipe prepped;
        PreppedRecipe.Baked baked;
        try {
            prepped = recipe.prep(training, roles);
            // image data is large: its values are checked on the first rows only
            boolean images = roles.predictors().stream().anyMatch(p -> training.column(p) instanceof TensorColumn);
            baked = prepped.bakeRows(images && training.rowCount() > IMAGE_ROWS
                    ? training.rows(java.util.stream.IntStream.range(0, IMAGE_ROWS).toArray()) : training);
        } catch (IllegalArgumentException e) {
            problems.add("the recipe cannot be prepared on the training rows: " + e.getMessage());
            return problems;
        }
        int kept = baked.rows().length;
        if (kept < 2 && baked.rows().length < Math.min(training.rowCount(), IMAGE_ROWS)) {
            problems.add(String.format(Locale.ROOT, "the recipe leaves %d of the %,d training rows (its drop and filter steps"
                    + " remove the rest); loosen those steps or check the data", kept, training.rowCount()));
            return problems;
        }
        values(baked.table(), prepped.bakedRoles(), problems);
        if (classification) {
            CategoricalColumn y = baked.table().categorical(outcome);
            List<String> present = presentLevels(y, null);
            if (present.size() < 2) {
                problems.add("the outcome '" + outcome + "' has a single class " + present + " in the training rows; a classifier"
                        + " needs two or more. Choose another outcome, or check the filter steps");
            } else if (resamples != null) {
                singleClassResamples(training.categorical(outcome), resamples, outcome, problems);
            }
        }
        if (resamples != null) {
            for (Split s : resamples) {
                if (s.analysisSize() < 2 || s.assessmentSize() < 1) {
                    problems.add("resample " + s.id() + " has " + s.analysisSize() + " rows to fit and " + s.assessmentSize()
                            + " to assess; use fewer folds or more data");
                    break;
                }
            }
        }
        return problems;
    }

    private static void values(Table baked, Roles roles, List<String> problems) {
        for (String p : roles.predictors()) {
            if (baked.column(p) instanceof CategoricalColumn) {
                problems.add("predictor '" + p + "' is text (categories) after the recipe; a network needs numbers: add a dummy"
                        + " (or one-hot) step, or leave the column out of the predictors");
            }
        }
        problems.addAll(missingOrInfinite(baked, roles));
    }

    /**
     * Missing values of the outcome and missing or infinite values of numeric predictors in baked data,
     * each as a sentence naming the column, the count and the step that fixes it.
     */
    public static List<String> missingOrInfinite(Table baked, Roles roles) {
        List<String> problems = new ArrayList<>();
        for (String o : roles.outcomes()) {
            if (!baked.has(o)) continue;
            int missing = 0;
            Column c = baked.column(o);
            for (int i = 0; i < c.size(); i++) if (c.isMissing(i)) missing++;
            if (missing > 0) {
                problems.add(String.format(Locale.ROOT, "the outcome '%s' is missing in %,d training rows; add the step"
                        + " 'drop rows with missing values' for the outcome to the recipe", o, missing));
            }
        }
        for (String p : roles.predictors()) {
            if (!(baked.column(p) instanceof NumericColumn n)) continue;
            int missing = 0;
            int infinite = 0;
            for (int i = 0; i < n.size(); i++) {
                double v = n.get(i);
                if (Double.isNaN(v)) missing++;
                else if (Double.isInfinite(v)) infinite++;
            }
            if (missing > 0) {
                problems.add(String.format(Locale.ROOT, "predictor '%s' still has %,d missing value%s after the recipe; add an"
                        + " impute step (or drop those rows) before the steps that need complete data", p, missing, missing == 1 ? "" : "s"));
            }
            if (infinite > 0) {
                problems.add(String.format(Locale.ROOT, "predictor '%s' has %,d infinite value%s after the recipe; filter those"
                        + " rows out or fix the data", p, infinite, infinite == 1 ? "" : "s"));
            }
        }
        return problems;
    }

    /**
     * A sentence naming the resamples whose analysis part holds a single class of the outcome {@code y}
     * (rows of {@code y} indexed as in the resamples), or empty.
     */
    public static List<String> singleClassResamples(CategoricalColumn y, List<Split> resamples) {
        List<String> problems = new ArrayList<>();
        singleClassResamples(y, resamples, y.name(), problems);
        return problems;
    }

    private static void singleClassResamples(CategoricalColumn y, List<Split> resamples, String outcome, List<String> problems) {
        Set<String> bad = new LinkedHashSet<>();
        for (Split s : resamples) {
            if (presentLevels(y, s.analysis()).size() < 2) bad.add(s.id());
        }
        if (!bad.isEmpty()) {
            problems.add("the analysis part of " + (bad.size() == 1 ? "resample " : "resamples ") + String.join(", ", bad)
                    + " holds a single class of '" + outcome + "'; stratify the resampling by the outcome, or use fewer folds");
        }
    }

    private static List<String> presentLevels(CategoricalColumn y, int[] rows) {
        boolean[] seen = new boolean[y.levels().size()];
        if (rows == null) {
            for (int i = 0; i < y.size(); i++) if (y.code(i) >= 0) seen[y.code(i)] = true;
        } else {
            for (int r : rows) if (y.code(r) >= 0) seen[y.code(r)] = true;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < seen.length; i++) if (seen[i]) out.add(y.levels().get(i));
        return out;
    }
}
