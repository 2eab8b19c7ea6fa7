package org.blocktune.core.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.CompositeBlock;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.block.LayerTemplate;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.ColumnType;
import org.blocktune.core.data.CsvOptions;
import org.blocktune.core.data.DataProfile;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.Task;
import org.blocktune.core.data.TensorColumn;
import org.blocktune.core.data.recipe.DropMissing;
import org.blocktune.core.data.recipe.Dummy;
import org.blocktune.core.data.recipe.Impute;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.data.recipe.ScaleImages;
import org.blocktune.core.data.recipe.Step;
import org.blocktune.core.data.recipe.ZeroVariance;
import org.blocktune.core.io.DataRef;
import org.blocktune.core.io.DataSource;
import org.blocktune.core.io.Project;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.space.Transform;
import org.blocktune.core.spec.SequentialSpec;
import org.blocktune.core.tune.TuneControl;

/**
 * Makes a working project from data and an outcome column ({@code blocktune init}): every other
 * column except identifiers as a predictor, a recipe that suits the columns (drop rows without an
 * outcome, impute missing predictors, dummy-encode categories, drop constant columns, normalise;
 * scale images for a tensor column), a template network whose hidden units and learning rate are
 * tuned (a regular grid of 3 levels, or a Latin hypercube of 12 for the deeper template), a 75 % training split and 5-fold cross-validation.
 */
public final class ProjectStarter {
    /** The network templates {@link #start} knows. */
    public enum Template {
        /** input → one relu dense block ({@code hidden_units} tuned) → output. */
        MLP("mlp", "one relu dense layer; hidden_units and learn_rate tuned"),
        /** input → a repeatable dense + dropout block ({@code num_hidden}, units, rate and learn_rate tuned) → output. */
        DEEP_MLP("deep-mlp", "1 to 3 relu dense + dropout layers; num_hidden, hidden_units, hidden_rate and learn_rate tuned");

        private final String id;
        private final String description;

        Template(String id, String description) {
            this.id = id;
            this.description = description;
        }

        /** The name on the command line. */
        public String id() {
            return id;
        }

        /** One line saying what the template builds. */
        public String description() {
            return description;
        }

        /** The template called {@code name} (case-insensitive). */
        public static Template byId(String name) {
            for (Template t : values()) {
                if (t.id.equalsIgnoreCase(name.trim())) return t;
            }
            List<String> ids = new ArrayList<>();
            for (Template t : values()) ids.add(t.id);
            throw new IllegalArgumentException("there is no template '" + name + "'; choose one of " + ids);
        }
    }

    /**
     * A started project and what was decided on the way, to tell the user.
     *
     * @param project the project
     * @param task    classification or regression
     * @param notes   plain sentences (columns left out, steps added and why)
     */
    public record Started(Project project, Task task, List<String> notes) { }

    private ProjectStarter() {
    }

    /**
     * Starts a project on {@code table}, read from {@code source}.
     *
     * @param source   where the data comes from (for a CSV, its options; a forced outcome type is added to them)
     * @param table    the data as read with those options
     * @param idColumns columns the import marked as identifiers
     * @param outcome  the outcome column
     * @param task     the task, or {@code null} to follow the outcome's type
     * @param template the network template
     * @throws IllegalArgumentException naming the column or choice at fault, with the fix
     */
    public static Started start(DataSource source, Table table, List<String> idColumns, String outcome, Task task,
                                Template template) {
        if (!table.has(outcome)) {
            throw new IllegalArgumentException("there is no column '" + outcome + "'; the columns are " + table.names());
        }
        List<String> notes = new ArrayList<>();
        Column out = table.column(outcome);
        if (out instanceof TensorColumn) {
            throw new IllegalArgumentException("the outcome '" + outcome + "' is an image/tensor column; choose a column of labels or numbers");
        }
        Task natural = out instanceof NumericColumn ? Task.REGRESSION : Task.CLASSIFICATION;
        Task chosen = task == null ? natural : task;
        if (chosen == Task.REGRESSION && natural == Task.CLASSIFICATION) {
            throw new IllegalArgumentException("the outcome '" + outcome + "' holds text or categories "
                    + levelsOf(out) + ", so it cannot be predicted as a number; use --task classification");
        }
        if (chosen == Task.CLASSIFICATION && natural == Task.REGRESSION) {
            if (!(source instanceof DataSource.CsvFile csv)) {
                throw new IllegalArgumentException("the outcome '" + outcome + "' is numeric; only a CSV file's column can be read as classes");
            }
            Map<String, ColumnType> types = new HashMap<>(csv.options().columnTypes());
            types.put(outcome, ColumnType.CATEGORICAL);
            source = new DataSource.CsvFile(csv.file(), csv.options().withColumnTypes(types));
            notes.add("the numeric outcome '" + outcome + "' is read as classes (columnTypes in the project's csvOptions)");
        }
        DataProfile profile = DataProfile.of(table, null, idColumns);
        List<String> predictors = profile.suggestedPredictors(outcome);
        List<String> left = new ArrayList<>(table.names());
        left.remove(outcome);
        left.removeAll(predictors);
        if (!left.isEmpty()) {
            notes.add("left out as identifiers (every value different, or marked as IDs): " + left
                    + "; add them to roles.inputs in the project file to use them");
        }
        if (predictors.isEmpty()) {
            throw new IllegalArgumentException("no column is left to predict '" + outcome + "' from; the columns are " + table.names());
        }
        Roles roles = new Roles(List.of(outcome), Map.of(Roles.DEFAULT_INPUT, predictors));
        boolean image = predictors.size() == 1 && table.column(predictors.get(0)) instanceof TensorColumn;
        if (!image && predictors.stream().anyMatch(p -> table.column(p) instanceof TensorColumn)) {
            throw new IllegalArgumentException("an image/tensor column cannot be mixed with ordinary columns in one input; "
                    + "make a project in the workbench for such data");
        }
        Recipe recipe = recipe(table, outcome, predictors, image, notes);
        Project project = Project.of(spec(template, image))
                .withData(new DataRef(source, roles, recipe));
        project = arguments(project, template);
        project = project.withResampling(new ResamplingSettings(0.75, true, ResamplingSettings.Scheme.VFOLD, 5, 1, 25, 0.75))
                .withGrid(template == Template.MLP ? GridSettings.regular(3)
                        : new GridSettings(GridSettings.Kind.LATIN_HYPERCUBE, 3, 12, 42, null))
                .withMetrics(chosen == Task.CLASSIFICATION ? List.of("accuracy", "roc_auc") : List.of("rmse", "rsq", "mae"))
                .withControl(new TuneControl(0, 42, false));
        return new Started(project, chosen, List.copyOf(notes));
    }

    private static String levelsOf(Column c) {
        if (c instanceof CategoricalColumn cat) {
            List<String> l = cat.levels();
            return l.size() <= 4 ? l.toString() : l.subList(0, 4) + " …";
        }
        return "";
    }

    private static Recipe recipe(Table t, String outcome, List<String> predictors, boolean image, List<String> notes) {
        List<Step> steps = new ArrayList<>();
        if (missing(t.column(outcome)) > 0) {
            steps.add(new DropMissing());
            notes.add(missing(t.column(outcome)) + " row(s) without an outcome are dropped (recipe step drop_missing)");
        }
        if (image) {
            steps.add(new ScaleImages());
            return new Recipe(steps);
        }
        List<String> withMissing = predictors.stream().filter(p -> missing(t.column(p)) > 0).toList();
        if (!withMissing.isEmpty()) {
            steps.add(new Impute(Impute.Method.MEDIAN));
            notes.add("missing predictor values in " + withMissing + " are filled (recipe step impute: median, "
                    + "the most frequent level for categories)");
        }
        if (predictors.stream().anyMatch(p -> t.column(p) instanceof CategoricalColumn)) {
            steps.add(new Dummy(false));
        }
        steps.add(new ZeroVariance());
        steps.add(new Normalize());
        return new Recipe(steps);
    }

    private static int missing(Column c) {
        int n = 0;
        for (int i = 0; i < c.size(); i++) if (c.isMissing(i)) n++;
        return n;
    }

    private static SequentialSpec spec(Template template, boolean image) {
        SequentialSpec s = SequentialSpec.named(template == Template.MLP ? "mlp" : "deep_mlp")
                .add("input", BlockCatalogue.builtin(LayerKind.INPUT));
        if (image) s = s.add("flatten", BlockCatalogue.builtin(LayerKind.FLATTEN));
        return s.add("hidden", hiddenBlock(template)).add("output", BlockCatalogue.builtin(LayerKind.OUTPUT));
    }

    private static CompositeBlock hiddenBlock(Template template) {
        if (template == Template.MLP) {
            return CompositeBlock.builder("dense_block").description("A relu dense layer.")
                    .arg("units", 32)
                    .layer(LayerTemplate.of(LayerKind.DENSE).bind("units", "units").set("activation", "relu"))
                    .build();
        }
        return CompositeBlock.builder("dense_dropout").description("A relu dense layer followed by dropout.")
                .arg("units", 64).arg("rate", 0.1)
                .layer(LayerTemplate.of(LayerKind.DENSE).bind("units", "units").set("activation", "relu"))
                .layer(LayerTemplate.of(LayerKind.DROPOUT).bind("rate", "rate"))
                .build();
    }

    private static Project arguments(Project p, Template template) {
        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put("fit_epochs", 20);
        fixed.put("fit_batch_size", 32);
        Map<String, Domain> space = new LinkedHashMap<>();
        if (template == Template.DEEP_MLP) {
            space.put("num_hidden", new Domain.IntRange(1, 3));
        }
        space.put("hidden_units", new Domain.IntRange(16, 128, Transform.LOG2));
        if (template == Template.DEEP_MLP) {
            space.put("hidden_rate", new Domain.RealRange(0.0, 0.4));
        }
        space.put("learn_rate", new Domain.RealRange(1e-3, 1e-1, Transform.LOG10));
        return p.withArguments(fixed, new ArrayList<>(space.keySet())).withSpace(ParameterSet.of(space));
    }

    /** The template names, for help texts. */
    public static String templateList() {
        StringBuilder b = new StringBuilder();
        for (Template t : Template.values()) {
            if (b.length() > 0) b.append("; ");
            b.append(t.id()).append(": ").append(t.description().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
