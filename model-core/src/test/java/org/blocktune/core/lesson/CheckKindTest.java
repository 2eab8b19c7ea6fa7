package org.blocktune.core.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Every form of the check language holds when the workbench is in that state and not otherwise. */
class CheckKindTest {
    private final EnumSet<CheckKind> seen = EnumSet.noneOf(CheckKind.class);

    /** Parses {@code text}, asserts its kind, and that it holds in {@code done} and not in {@code notDone}. */
    private void check(String text, CheckKind kind, UnaryOperator<LessonState.Builder> done,
            UnaryOperator<LessonState.Builder> notDone) {
        List<LessonProblem> problems = new ArrayList<>();
        Check c = LessonParser.check("t", 1, text, problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(kind, c.kind(), text);
        assertTrue(c.passes(done.apply(LessonState.builder()).build()), text + " should hold");
        assertFalse(c.passes(notDone.apply(LessonState.builder()).build()), text + " should not hold");
        Check negated = LessonParser.check("t", 1, "not " + text, problems);
        assertFalse(negated.passes(done.apply(LessonState.builder()).build()), "not " + text);
        seen.add(kind);
    }

    @Test
    void everyCheckPassesWhenDoneAndFailsWhenNot() {
        check("step is Search space", CheckKind.STEP, b -> b.step("Search space"), b -> b.step("Data"));
        check("step is 4 dry run", CheckKind.STEP, b -> b.step("Dry run"), b -> b.step(null));
        check("data is loaded", CheckKind.DATA_LOADED, b -> b.dataLoaded(true), b -> b);
        check("outcome is Species", CheckKind.OUTCOME, b -> b.outcomes(List.of("Species")), b -> b.outcomes(List.of("x")));
        check("task is regression", CheckKind.TASK, b -> b.task("regression"), b -> b.task("classification"));
        check("recipe has normalize", CheckKind.RECIPE, b -> b.recipe(List.of("dummy", "normalize")),
                b -> b.recipe(List.of("dummy")));
        check("model is functional", CheckKind.MODEL_KIND, b -> b.functional(true), b -> b.functional(false));
        check("model has block joined", CheckKind.HAS_BLOCK, b -> b.blocks(Map.of("joined", "concatenate")),
                b -> b.blocks(Map.of("tower_a", "dense")));
        check("model has at least 3 blocks", CheckKind.BLOCK_COUNT,
                b -> b.blocks(Map.of("a", "input", "b", "dense", "c", "output")), b -> b.blocks(Map.of("a", "input")));
        check("block dense is selected", CheckKind.SELECTED, b -> b.selected(Set.of("dense")),
                b -> b.selected(Set.of("output")));
        check("block dense has units tuned", CheckKind.BLOCK_ARG_TUNED, b -> b.tuned(Set.of("dense_units")),
                b -> b.tuned(Set.of("learn_rate")));
        check("argument learn_rate is tuned", CheckKind.ARG_TUNED, b -> b.tuned(Set.of("learn_rate")), b -> b);
        check("argument dense_units is fixed", CheckKind.ARG_FIXED, b -> b, b -> b.tuned(Set.of("dense_units")));
        check("argument num_hidden_2 is 0", CheckKind.ARG_VALUE, b -> b.values(Map.of("num_hidden_2", 0.0)),
                b -> b.values(Map.of("num_hidden_2", 1)));
        check("argument compile_optimizer is ADAM", CheckKind.ARG_VALUE, b -> b.values(Map.of("compile_optimizer", "adam")),
                b -> b.values(Map.of("compile_optimizer", "adam")).tuned(Set.of("compile_optimizer")));
        check("resampling is validation", CheckKind.RESAMPLING, b -> b.resampling("validation"), b -> b.resampling("vfold"));
        check("grid is latin_hypercube", CheckKind.GRID, b -> b.grid("latin_hypercube"), b -> b.grid("regular"));
        check("search space has at most 8 candidates", CheckKind.CANDIDATES, b -> b.candidates(8),
                b -> b.candidates(9));
        check("search space has 4 candidates", CheckKind.CANDIDATES, b -> b.candidates(4), b -> b.candidates(-1));
        check("metric is rmse", CheckKind.METRIC, b -> b.metrics(List.of("rmse", "mae")), b -> b.metrics(List.of("mae", "rmse")));
        check("dry run done", CheckKind.DRY_RUN_DONE, b -> b.dryRun(4, 1), b -> b.dryRun(-1, 0));
        check("dry run has 0 errors", CheckKind.DRY_RUN_ERRORS, b -> b.dryRun(4, 0), b -> b.dryRun(-1, 0));
        check("dry run has at least 1 error", CheckKind.DRY_RUN_ERRORS, b -> b.dryRun(4, 2), b -> b.dryRun(4, 0));
        check("tuning is running", CheckKind.TUNING_RUNNING, b -> b.run(LessonState.Run.RUNNING),
                b -> b.run(LessonState.Run.FINISHED));
        check("tuning finished", CheckKind.TUNING_FINISHED, b -> b.run(LessonState.Run.FINISHED),
                b -> b.run(LessonState.Run.CANCELLED));
        check("tuning has at least 12 fits", CheckKind.FITS, b -> b.fits(12), b -> b.fits(11));
        check("final fit done", CheckKind.FINAL_FIT, b -> b.finalFit(true), b -> b);
        assertEquals(EnumSet.allOf(CheckKind.class), seen, "every form of the check language is tested");
    }

    @Test
    void aStepIsDoneWhenAllItsChecksHoldAndAStepWithoutChecksAtOnce() {
        List<LessonProblem> problems = new ArrayList<>();
        LessonStep step = new LessonStep("Tune", "Tick tune.", List.of(
                LessonParser.check("t", 3, "step is Model", problems),
                LessonParser.check("t", 4, "argument learn_rate is tuned", problems)), 1);
        assertTrue(step.done(LessonState.builder().step("Model").tuned(Set.of("learn_rate")).build()));
        assertFalse(step.done(LessonState.builder().step("Model").build()));
        assertFalse(step.done(LessonState.builder().step("Data").tuned(Set.of("learn_rate")).build()));
        assertTrue(new LessonStep("Read", "Just read.", List.of(), 1).done(LessonState.builder().build()));
    }

    @Test
    void theVocabularyListsEveryFormWithItsMeaning() {
        assertEquals(CheckKind.values().length, CheckKind.vocabulary().size());
        assertTrue(CheckKind.vocabulary().contains("final fit done — the chosen candidate was fitted on the whole "
                + "training set and scored on the test set"));
    }
}
