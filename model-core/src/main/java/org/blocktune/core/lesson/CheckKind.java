package org.blocktune.core.lesson;

import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check language of lesson files: every form a {@code check:} line may take, with what it looks at.
 * Words in angle brackets are filled in by the lesson's author; {@code <n>} is a whole number, optionally
 * preceded by {@code at least} or {@code at most}. Any check can be negated with a leading {@code not}.
 * Matching ignores case and extra spaces.
 */
public enum CheckKind {
    STEP("step is <step>", "the workbench shows that step (Model, Data, Search space, Dry run, Run, Results)",
            "step is (.+)", a -> stepName(a.get(0)) == null
                    ? "unknown step '" + a.get(0) + "'; the steps are " + String.join(", ", LessonState.STEPS) : null,
            (a, s) -> stepName(a.get(0)).equals(s.step())),
    DATA_LOADED("data is loaded", "a data set is loaded", "data is loaded", a -> null, (a, s) -> s.dataLoaded()),
    OUTCOME("outcome is <column>", "the (first) outcome column", "outcome is (\\S+)", a -> null,
            (a, s) -> s.outcomes().stream().anyMatch(o -> o.equalsIgnoreCase(a.get(0)))),
    TASK("task is classification|regression", "the task that follows from the outcome",
            "task is (\\S+)", a -> oneOf(a.get(0), "task", List.of("classification", "regression")),
            (a, s) -> a.get(0).equalsIgnoreCase(s.task() == null ? "" : s.task())),
    RECIPE("recipe has <step>", "the recipe has a step of that kind (normalize, dummy, zero_variance, impute, …)",
            "recipe has (\\S+)", a -> oneOf(a.get(0), "recipe step", Words.RECIPE_STEPS),
            (a, s) -> s.recipe().stream().anyMatch(r -> r.equalsIgnoreCase(a.get(0)))),
    MODEL_KIND("model is sequential|functional", "the kind of model in the editor",
            "model is (\\S+)", a -> oneOf(a.get(0), "model kind", List.of("sequential", "functional")),
            (a, s) -> s.functional() == a.get(0).equalsIgnoreCase("functional")),
    HAS_BLOCK("model has block <name>", "the model has a block of that name", "model has block (\\S+)", a -> null,
            (a, s) -> s.blocks().containsKey(a.get(0))),
    BLOCK_COUNT("model has <n> blocks", "how many blocks the model has", "model has " + Words.COUNT + " blocks?",
            a -> null, (a, s) -> compare(a, s.blocks().size())),
    SELECTED("block <name> is selected", "the block is selected in the editor (click it)", "block (\\S+) is selected",
            a -> null, (a, s) -> s.selected().contains(a.get(0))),
    BLOCK_ARG_TUNED("block <name> has <argument> tuned", "the block's argument is marked tune (units of block dense: "
            + "dense_units)", "block (\\S+) has (\\S+) tuned", a -> null,
            (a, s) -> s.tuned().contains(a.get(0) + "_" + a.get(1))),
    ARG_TUNED("argument <name> is tuned", "the generated argument is marked tune (learn_rate, fit_epochs, dense_units)",
            "argument (\\S+) is tuned", a -> null, (a, s) -> s.tuned().contains(a.get(0))),
    ARG_FIXED("argument <name> is fixed", "the argument is not marked tune", "argument (\\S+) is fixed", a -> null,
            (a, s) -> !s.tuned().contains(a.get(0))),
    ARG_VALUE("argument <name> is <value>", "the argument is fixed at that value (numbers compare as numbers)",
            "argument (\\S+) is (.+)", a -> null,
            (a, s) -> !s.tuned().contains(a.get(0)) && sameValue(s.values().get(a.get(0)), a.get(1))),
    RESAMPLING("resampling is vfold|validation|bootstrap", "the resampling scheme on the Data step",
            "resampling is (\\S+)", a -> oneOf(a.get(0), "resampling scheme", List.of("vfold", "validation", "bootstrap")),
            (a, s) -> a.get(0).equalsIgnoreCase(s.resampling() == null ? "" : s.resampling())),
    GRID("grid is <kind>", "the grid kind (regular, random, latin_hypercube, max_entropy, bayesian)",
            "grid is (\\S+)", a -> oneOf(a.get(0), "grid kind", Words.GRIDS),
            (a, s) -> a.get(0).equalsIgnoreCase(s.grid() == null ? "" : s.grid())),
    CANDIDATES("search space has <n> candidates", "how many candidate rows the next run fits",
            "search space has " + Words.COUNT + " candidates?", a -> null,
            (a, s) -> s.candidates() >= 0 && compare(a, s.candidates())),
    METRIC("metric is <name>", "the metric the run optimises (the first one chosen)", "metric is (.+)", a -> null,
            (a, s) -> !s.metrics().isEmpty() && s.metrics().get(0).equalsIgnoreCase(a.get(0).trim())),
    DRY_RUN_DONE("dry run done", "a dry run of the current setup has been made", "dry run (?:is )?done", a -> null,
            (a, s) -> s.dryRunRows() >= 0),
    DRY_RUN_ERRORS("dry run has <n> errors", "a dry run was made and that many of its rows failed",
            "dry run has " + Words.COUNT + " errors?", a -> null,
            (a, s) -> s.dryRunRows() >= 0 && compare(a, s.dryRunErrors())),
    TUNING_RUNNING("tuning is running", "a tuning run is going on", "tuning is running", a -> null,
            (a, s) -> s.run() == LessonState.Run.RUNNING),
    TUNING_FINISHED("tuning finished", "the tuning run ended without being cancelled", "tuning (?:is )?finished",
            a -> null, (a, s) -> s.run() == LessonState.Run.FINISHED),
    FITS("tuning has <n> fits", "fits recorded by the last run", "tuning has " + Words.COUNT + " fits?", a -> null,
            (a, s) -> compare(a, s.fits())),
    FINAL_FIT("final fit done", "the chosen candidate was fitted on the whole training set and scored on the test set",
            "final fit (?:is )?done", a -> null, (a, s) -> s.finalFit());


    private final String syntax;
    private final String meaning;
    private final Pattern pattern;
    private final Function<List<String>, String> validator;
    private final BiPredicate<List<String>, LessonState> test;

    CheckKind(String syntax, String meaning, String regex, Function<List<String>, String> validator,
            BiPredicate<List<String>, LessonState> test) {
        this.syntax = syntax;
        this.meaning = meaning;
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        this.validator = validator;
        this.test = test;
    }

    /** The form as a lesson author writes it, e.g. {@code argument <name> is tuned}. */
    public String syntax() {
        return syntax;
    }

    /** What the check looks at, in a few words. */
    public String meaning() {
        return meaning;
    }

    /** The captured parts if {@code text} (trimmed, single-spaced) has this form, else null. */
    List<String> match(String text) {
        Matcher m = pattern.matcher(text);
        if (!m.matches()) {
            return null;
        }
        List<String> groups = new java.util.ArrayList<>();
        for (int i = 1; i <= m.groupCount(); i++) {
            String g = m.group(i) == null ? "" : m.group(i).trim();
            groups.add(g.equalsIgnoreCase("at least") || g.equalsIgnoreCase("at most") ? g.toLowerCase(Locale.ROOT) : g);
        }
        return groups;
    }

    /** Null when the captured parts are acceptable, else what is wrong with them. */
    String validate(List<String> args) {
        return validator.apply(args);
    }

    boolean test(List<String> args, LessonState state) {
        return test.test(args, state);
    }

    /** A step's title as {@link LessonState#STEPS} spells it, from a title in any case, with or without its number. */
    static String stepName(String given) {
        String g = given.trim().replaceFirst("^[1-6]\\s+", "");
        return LessonState.STEPS.stream().filter(s -> s.equalsIgnoreCase(g)).findFirst().orElse(null);
    }

    private static String oneOf(String given, String what, List<String> allowed) {
        return allowed.stream().anyMatch(x -> x.equalsIgnoreCase(given)) ? null
                : "unknown " + what + " '" + given + "'; use one of " + String.join(", ", allowed);
    }

    /** args ends with (comparison word or "", number). */
    private static boolean compare(List<String> args, int actual) {
        String how = args.get(args.size() - 2);
        int n = Integer.parseInt(args.get(args.size() - 1));
        return switch (how) {
            case "at least" -> actual >= n;
            case "at most" -> actual <= n;
            default -> actual == n;
        };
    }

    private static boolean sameValue(Object actual, String expected) {
        if (actual == null) {
            return false;
        }
        String e = expected.trim();
        if (actual instanceof Number num) {
            try {
                return Double.compare(num.doubleValue(), Double.parseDouble(e)) == 0;
            } catch (NumberFormatException x) {
                return false;
            }
        }
        String a = String.valueOf(actual).trim();
        if (a.equalsIgnoreCase(e)) {
            return true;
        }
        try {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(e)) == 0;
        } catch (NumberFormatException x) {
            return false;
        }
    }

    /** The vocabulary as "syntax — meaning" lines (for help texts and error messages). */
    public static List<String> vocabulary() {
        return java.util.Arrays.stream(values()).map(k -> k.syntax + " — " + k.meaning).toList();
    }

    /** Fixed words some checks accept (a holder, so the enum's constants can use them). */
    private static final class Words {
        static final List<String> RECIPE_STEPS = List.of("impute", "normalize", "dummy", "zero_variance",
                "scale_images", "drop_missing", "filter_rows", "pool_rare", "log", "yeo_johnson", "remove_columns");
        static final String COUNT = "(at least |at most )?(\\d{1,9})";
        static final List<String> GRIDS = List.of("regular", "random", "latin_hypercube", "max_entropy", "bayesian");
    }
}
