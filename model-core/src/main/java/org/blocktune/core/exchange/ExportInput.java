package org.blocktune.core.exchange;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.Task;
import org.blocktune.core.data.TensorColumn;
import org.blocktune.core.data.recipe.PreppedRecipe;
import org.blocktune.core.fit.DataShapes;
import org.blocktune.core.io.Project;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Resolution;
import org.blocktune.core.spec.SpecResolver;

/**
 * What every exporter needs: the project, the chosen values, the data's shapes after the recipe
 * and the network resolved with those values.
 *
 * @param project    the project
 * @param name       a base name for files and classes (e.g. the project file's name without extension)
 * @param choice     which values these are, for comments ("the fixed values", "candidate cand_003", …)
 * @param values     the chosen values of generated arguments (fixed plus candidate values)
 * @param space      the search space of the tuned arguments (their domains, defaults filled in)
 * @param shape      the data's shapes after the recipe
 * @param task       classification or regression
 * @param classes    the outcome's levels (classification), else empty
 * @param resolution the spec resolved with {@code values}
 * @param baked      the training rows after the recipe (for the data file of the Java and Python exports)
 * @param bakedRoles the roles of {@code baked}
 */
public record ExportInput(Project project, String name, String choice, Map<String, Object> values, ParameterSet space,
                          DataShape shape, Task task, List<String> classes, Resolution resolution, Table baked,
                          Roles bakedRoles) {

    /**
     * Prepares the recipe on {@code training}, reads the shapes and resolves the spec with {@code values}.
     *
     * @throws IllegalArgumentException when the project has no data roles, or the values do not resolve (the
     *                                  message lists the problems)
     */
    public static ExportInput of(Project project, String name, String choice, Map<String, Object> values,
                                 ParameterSet space, Table training) {
        if (project.data() == null || project.data().roles() == null) {
            throw new IllegalArgumentException("the project has no data roles yet; choose the data and its outcome first");
        }
        Roles roles = project.data().roles();
        PreppedRecipe prepped = project.data().recipe().prep(training, roles);
        Table baked = prepped.bake(training);
        Roles bakedRoles = prepped.bakedRoles();
        DataShape shape = DataShapes.of(baked, bakedRoles, true);
        Map<String, Object> all = new LinkedHashMap<>(project.values());
        all.putAll(values);
        Resolution r = SpecResolver.resolve(project.spec(), all, shape);
        if (!r.ok()) {
            throw new IllegalArgumentException("the model does not build with " + choice + ": " + r.errorMessage());
        }
        Task task = bakedRoles.task(baked);
        List<String> classes = task == Task.CLASSIFICATION ? prepped.outcomeLevels() : List.of();
        return new ExportInput(project, name, choice, Map.copyOf(all), space, shape, task, classes, r, baked, bakedRoles);
    }

    /** A Java/Python identifier made from {@link #name}: letters and digits, in CamelCase when {@code upper}. */
    public String identifier(boolean upper) {
        StringBuilder b = new StringBuilder();
        boolean cap = upper;
        for (char c : name.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(cap ? Character.toUpperCase(c) : (upper ? c : Character.toLowerCase(c)));
                cap = false;
            } else {
                if (!upper && b.length() > 0 && b.charAt(b.length() - 1) != '_') b.append('_');
                cap = upper;
            }
        }
        if (b.length() == 0 || !Character.isLetter(b.charAt(0))) b.insert(0, upper ? "Model" : "model_");
        return b.toString();
    }

    /** Predictor columns after the recipe, in input order. */
    public List<String> predictors() {
        return bakedRoles.predictors();
    }

    /**
     * Writes the training rows after the recipe as a CSV file: the predictors, then the outcome
     * (the class index 0…k−1 for classification, the numbers for regression), with a header.
     *
     * @throws IllegalArgumentException when a predictor is an image/tensor column (not exported as a table)
     */
    public void writeData(Path file) throws IOException {
        List<String> preds = predictors();
        for (String p : preds) {
            if (baked.column(p) instanceof TensorColumn) {
                throw new IllegalArgumentException("predictor '" + p + "' is an image/tensor column; the code export writes "
                        + "tabular data only (export a project with ordinary columns)");
            }
        }
        List<String> outs = bakedRoles.outcomes();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder head = new StringBuilder();
            for (String p : preds) head.append(csvName(p)).append(',');
            for (int i = 0; i < outs.size(); i++) head.append(csvName(outs.get(i))).append(i + 1 < outs.size() ? "," : "\n");
            w.write(head.toString());
            StringBuilder line = new StringBuilder();
            for (int r = 0; r < baked.rowCount(); r++) {
                line.setLength(0);
                for (String p : preds) line.append(number(baked.column(p), r)).append(',');
                for (int i = 0; i < outs.size(); i++) {
                    line.append(number(baked.column(outs.get(i)), r)).append(i + 1 < outs.size() ? "," : "\n");
                }
                w.write(line.toString());
            }
        }
    }

    private static String csvName(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String number(Column c, int row) {
        if (c instanceof NumericColumn n) {
            double v = n.get(row);
            return Double.isNaN(v) ? "" : (v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                    : String.format(Locale.ROOT, "%.9g", v));
        }
        if (c instanceof CategoricalColumn cat) {
            return cat.isMissing(row) ? "" : Integer.toString(cat.code(row));
        }
        throw new IllegalArgumentException("column '" + c.name() + "' cannot be written as a number");
    }
}
