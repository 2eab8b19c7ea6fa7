package org.blocktune.core.lesson;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a lesson's checks look at: a plain snapshot of the workbench (no JavaFX), made by the app each
 * time something a check could see changes. Build one with {@link #builder()}; unknown parts keep
 * their "nothing yet" values.
 *
 * @param step        the workbench step on show, by its title without the number ("Model", "Search space"), or null
 * @param functional  true for a functional graph, false for a sequential stack
 * @param blocks      the model's blocks: block (node) name to the name of the block type it uses
 * @param selected    the blocks selected in the editor
 * @param values      the fixed argument values ({@code dense_units → 16})
 * @param tuned       the arguments marked "tune"
 * @param dataLoaded  true when a data set is loaded
 * @param outcomes    the outcome columns
 * @param task        "classification", "regression" or null when unknown
 * @param recipe      the recipe's steps by their project-file names ("normalize", "dummy", …)
 * @param resampling  the resampling scheme ("vfold", "validation", "bootstrap") or null
 * @param grid        the grid kind ("regular", "random", "latin_hypercube", "max_entropy", "bayesian") or null
 * @param candidates  the number of candidate rows the next run uses, or -1 while unknown
 * @param metrics     the metrics of the next run, the optimised one first
 * @param dryRunRows  rows of the last dry run of the current setup, or -1 when there is none
 * @param dryRunErrors rows of that dry run that failed
 * @param run         the tuning run's state
 * @param fits        finished fits of the last run (successful or not)
 * @param finalFit    true when a final fit on the whole training set has been made for the run on show
 */
public record LessonState(String step, boolean functional, Map<String, String> blocks, Set<String> selected,
        Map<String, Object> values, Set<String> tuned, boolean dataLoaded, List<String> outcomes, String task,
        List<String> recipe, String resampling, String grid, int candidates, List<String> metrics, int dryRunRows,
        int dryRunErrors, Run run, int fits, boolean finalFit) {

    /** The tuning run's state. */
    public enum Run { NONE, RUNNING, CANCELLED, FINISHED }

    /** The workbench's steps by title, in order; {@code step is …} names one of them. */
    public static final List<String> STEPS = List.of("Model", "Data", "Search space", "Dry run", "Run", "Results");

    public LessonState {
        blocks = Map.copyOf(blocks);
        selected = Set.copyOf(selected);
        values = values.entrySet().stream().filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        tuned = Set.copyOf(tuned);
        outcomes = List.copyOf(outcomes);
        recipe = List.copyOf(recipe);
        metrics = List.copyOf(metrics);
        run = run == null ? Run.NONE : run;
    }

    /** A builder starting from an empty workbench (no model, no data, no run). */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LessonState}; every setter returns the builder. */
    public static final class Builder {
        private String step;
        private boolean functional;
        private Map<String, String> blocks = Map.of();
        private Set<String> selected = Set.of();
        private Map<String, Object> values = Map.of();
        private Set<String> tuned = Set.of();
        private boolean dataLoaded;
        private List<String> outcomes = List.of();
        private String task;
        private List<String> recipe = List.of();
        private String resampling;
        private String grid;
        private int candidates = -1;
        private List<String> metrics = List.of();
        private int dryRunRows = -1;
        private int dryRunErrors;
        private Run run = Run.NONE;
        private int fits;
        private boolean finalFit;

        private Builder() {
        }

        public Builder step(String s) { step = s; return this; }
        public Builder functional(boolean f) { functional = f; return this; }
        public Builder blocks(Map<String, String> b) { blocks = b; return this; }
        public Builder selected(Set<String> s) { selected = s; return this; }
        public Builder values(Map<String, Object> v) { values = v; return this; }
        public Builder tuned(Set<String> t) { tuned = t; return this; }
        public Builder dataLoaded(boolean d) { dataLoaded = d; return this; }
        public Builder outcomes(List<String> o) { outcomes = o; return this; }
        public Builder task(String t) { task = t; return this; }
        public Builder recipe(List<String> r) { recipe = r; return this; }
        public Builder resampling(String r) { resampling = r; return this; }
        public Builder grid(String g) { grid = g; return this; }
        public Builder candidates(int n) { candidates = n; return this; }
        public Builder metrics(List<String> m) { metrics = m; return this; }
        /** A dry run of {@code rows} rows of which {@code errors} failed; rows -1 means none. */
        public Builder dryRun(int rows, int errors) { dryRunRows = rows; dryRunErrors = errors; return this; }
        public Builder run(Run r) { run = r; return this; }
        public Builder fits(int n) { fits = n; return this; }
        public Builder finalFit(boolean f) { finalFit = f; return this; }

        public LessonState build() {
            return new LessonState(step, functional, blocks, selected, values, tuned, dataLoaded, outcomes, task, recipe,
                    resampling, grid, candidates, metrics, dryRunRows, dryRunErrors, run, fits, finalFit);
        }
    }
}
