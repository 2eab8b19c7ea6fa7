package org.blocktune.app.results;

import java.util.Map;
import javafx.concurrent.Task;
import org.blocktune.core.fit.EpochMetrics;
import org.blocktune.core.fit.FitListener;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.task.CancellationToken;
import org.blocktune.core.tune.LastFit;

/**
 * The last fit ({@link LastFit#run}) of one candidate's finalised values as a JavaFX {@link Task}:
 * fits on the plan's whole training table and scores the test table, reporting progress per epoch;
 * {@link #stop} cancels through the core's {@link CancellationToken} (the fit then fails as cancelled).
 */
final class FinalFitTask extends Task<FinalFitOutcome> {
    private final TunePlan plan;
    private final String candidateId;
    private final Map<String, Object> values;
    private final CancellationToken token = new CancellationToken();

    FinalFitTask(TunePlan plan, String candidateId, Map<String, Object> values) {
        this.plan = plan;
        this.candidateId = candidateId;
        this.values = Map.copyOf(values);
    }

    /** Asks the fit to stop at the next batch. */
    void stop() {
        token.cancel();
        updateMessage("Cancelling…");
    }

    @Override
    protected FinalFitOutcome call() throws Exception {
        updateMessage("Fitting " + candidateId + " on all " + plan.training().rowCount() + " training rows…");
        updateProgress(-1, 1);
        LastFit fit = LastFit.run(plan.job(), values, plan.testing(), new FitListener() {
            private int epochs = 1;

            @Override
            public void started(int epochCount, int batches) {
                epochs = Math.max(1, epochCount);
                updateProgress(0, epochs);
            }

            @Override
            public void epochFinished(EpochMetrics m) {
                int done = Math.min(m.epoch(), epochs);
                updateProgress(done, epochs);
                updateMessage("Epoch " + done + " of " + epochs + ", loss " + Numbers.format(m.get("loss")));
            }
        }, token);
        if (plan.testing() != null) {
            updateMessage("Scoring the " + plan.testing().rowCount() + " test rows…");
        }
        return FinalFitOutcome.of(candidateId, fit, plan.testing(), plan.job().roles().outcomes().get(0));
    }
}
