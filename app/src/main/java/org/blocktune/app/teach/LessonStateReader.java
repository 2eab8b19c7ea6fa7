package org.blocktune.app.teach;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.Observable;
import org.blocktune.app.MainWindow;
import org.blocktune.app.editor.model.EditorDocument;
import org.blocktune.app.workbench.Candidates;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.compile.CompileGridResult;
import org.blocktune.core.io.RecipeJson;
import org.blocktune.core.lesson.LessonState;
import org.blocktune.core.spec.SpecArgument;
import org.blocktune.core.tune.TuneResults;

/**
 * Reads the window's state as a {@link LessonState} for a lesson's checks, and says when it may have
 * changed: it listens to the editor's document, the workbench's properties, the step on show and the
 * final fit, and calls back once per burst of changes (on the next FX pulse), never by polling.
 * Use from the FX thread.
 */
final class LessonStateReader {
    private final MainWindow window;
    private final Runnable changed;
    private boolean scheduled;

    /** @param changed called on the FX thread after the state may have changed */
    LessonStateReader(MainWindow window, Runnable changed) {
        this.window = window;
        this.changed = changed;
        Workbench wb = window.workbench();
        window.document().addListener(c -> schedule());
        for (Observable o : List.<Observable>of(wb.setupProperty(), wb.dataProperty(), wb.rolesProperty(),
                wb.recipeProperty(), wb.resamplingProperty(), wb.dataCheckProperty(), wb.candidatesProperty(),
                wb.candidatesBusyProperty(), wb.gridProperty(), wb.keptProperty(), wb.metricsProperty(),
                wb.dryRunProperty(), wb.runPlanProperty(), wb.resultsProperty(), wb.runsClearedProperty(),
                window.stepChanges(), window.finalFitDoneProperty())) {
            o.addListener(x -> schedule());
        }
    }

    private void schedule() {
        if (!scheduled) {
            scheduled = true;
            Platform.runLater(() -> {
                scheduled = false;
                changed.run();
            });
        }
    }

    /** The state now. */
    LessonState read() {
        Workbench wb = window.workbench();
        EditorDocument doc = window.document();
        Map<String, String> blocks = new LinkedHashMap<>();
        doc.spec().nodes().forEach(n -> blocks.put(n.name(), n.block().name()));
        Map<String, Object> values = new LinkedHashMap<>();
        for (SpecArgument a : wb.setup().arguments()) {
            values.put(a.name(), a.spec().defaultValue());
        }
        values.putAll(doc.resolverValues());
        List<String> recipe = new ArrayList<>();
        RecipeJson.toJson(wb.recipeProperty().get()).get("steps").forEach(s -> recipe.add(s.get("step").asText()));
        Candidates c = wb.candidates();
        int candidates = c == null || wb.candidatesBusyProperty().get() ? -1 : wb.runCandidates().size();
        CompileGridResult dry = wb.dryRunProperty().get();
        TuneResults results = wb.resultsProperty().get();
        boolean running = window.tuningScreen().running();
        LessonState.Run run = results == null ? (running ? LessonState.Run.RUNNING : LessonState.Run.NONE)
                : results.cancelled() ? (running ? LessonState.Run.RUNNING : LessonState.Run.CANCELLED)
                : LessonState.Run.FINISHED;
        return LessonState.builder()
                .step(window.currentStep().title().replaceFirst("^\\d+\\s+", ""))
                .functional(doc.functional())
                .blocks(blocks)
                .selected(doc.selection())
                .values(values)
                .tuned(wb.setup().tuned())
                .dataLoaded(wb.dataProperty().get() != null)
                .outcomes(wb.rolesProperty().get() == null ? List.of() : wb.rolesProperty().get().outcomes())
                .task(wb.task() == null ? null : wb.task().name().toLowerCase(Locale.ROOT))
                .recipe(recipe)
                .resampling(wb.resamplingProperty().get().scheme().name().toLowerCase(Locale.ROOT))
                .grid(wb.gridProperty().get().kind().name().toLowerCase(Locale.ROOT))
                .candidates(candidates)
                .metrics(wb.metricsProperty().get())
                .dryRun(dry == null ? -1 : dry.rows().size(), dry == null ? 0 : dry.failedRows().size())
                .run(run)
                .fits(results == null ? 0 : results.records().size())
                .finalFit(window.finalFitDoneProperty().get())
                .build();
    }
}
