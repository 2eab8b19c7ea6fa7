package org.blocktune.app.tuning;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.task.CancellationToken;
import org.blocktune.core.tune.FitPlace;
import org.blocktune.core.tune.ModelCandidateFitter;
import org.blocktune.core.tune.RunFolder;
import org.blocktune.core.tune.TuneResults;
import org.blocktune.core.tune.TuneRunner;

/**
 * One tune run as a JavaFX {@link Task}, off the FX thread: builds the plan, then runs or resumes
 * it with {@link TuneRunner}, reporting through a {@link RunFeed}. {@link #stop} cancels through
 * the core's token (the runner stops within a second and returns what finished).
 */
final class RunTask extends Task<TuneResults> {
    private final RunRequest request;
    private final RunFeed feed;
    private final Consumer<TunePlan> onPlan;
    private final CancellationToken token = new CancellationToken();
    private final FitPlace place;

    /**
     * @param place  where the fits run (local worker threads, or a Spark cluster)
     * @param onPlan receives the plan on the FX thread before fitting starts
     */
    RunTask(RunRequest request, RunFeed feed, FitPlace place, Consumer<TunePlan> onPlan) {
        this.request = request;
        this.feed = feed;
        this.place = place;
        this.onPlan = onPlan;
    }

    /** Asks the run to stop; fits that finished are kept. */
    void stop() {
        token.cancel();
    }

    boolean stopping() {
        return token.isCancelled();
    }

    @Override
    protected TuneResults call() throws Exception {
        TunePlan plan = request.plan();
        Platform.runLater(() -> onPlan.accept(plan));
        TuneRunner runner = new TuneRunner(new ModelCandidateFitter(), place);
        if (request.resume()) {
            if (RunFolder.holdsRun(request.folder())) {
                feed.prior(TuneResults.load(request.folder()));
            }
            return runner.resume(plan.job(), plan.project().strategy(), false, feed, token);
        }
        return runner.run(plan.job(), plan.project().strategy(), feed, token);
    }
}
