package org.blocktune.core.tune;

import java.util.List;
import org.blocktune.core.metrics.Direction;
import org.blocktune.core.tune.strategy.SearchStrategy;

/** Makes the {@link Schedule} of a strategy for a job, refusing combinations that cannot work. */
final class Strategies {
    /** {@code fit_epochs} when neither the project nor the candidates set it (BlockTune's default). */
    static final int DEFAULT_EPOCHS = 10;

    private Strategies() {
    }

    /**
     * Checks that {@code strategy} can run {@code job}.
     *
     * @throws IllegalArgumentException saying what does not fit and what to change
     */
    static void check(TuneJob job, SearchStrategy strategy) {
        if (strategy.isDefault()) {
            return;
        }
        if (strategy.kind() != SearchStrategy.Kind.GRID && job.isBayesian()) {
            throw new IllegalArgumentException(strategy.kind().id() + " needs a fixed list of candidates, but this project "
                    + "uses a Bayesian search; choose a regular, random, Latin hypercube or maximum entropy grid, or the "
                    + "grid strategy");
        }
        if (strategy.kind().racing() && job.resamples().size() <= strategy.race().burnIn()) {
            throw new IllegalArgumentException("racing needs more resamples (" + job.resamples().size()
                    + ") than burn-in resamples (" + strategy.race().burnIn() + "); use more folds or repeats, or a smaller burn-in");
        }
        if (strategy.kind() == SearchStrategy.Kind.HYPERBAND) {
            if (job.parameterNames().contains("fit_epochs")) {
                throw new IllegalArgumentException("Hyperband chooses the epochs itself, so fit_epochs cannot be tuned; "
                        + "fix fit_epochs (or set Hyperband's max epochs) and stop tuning it");
            }
            maxEpochs(job, strategy);
        }
    }

    /** Hyperband's max epochs: its own setting, else the fixed {@code fit_epochs}, else 10. */
    static int maxEpochs(TuneJob job, SearchStrategy strategy) {
        int max = strategy.hyperband().maxEpochs();
        if (max > 0) {
            return max;
        }
        Object e = job.fixed().get("fit_epochs");
        if (e instanceof Number n && n.intValue() > 0) {
            return n.intValue();
        }
        return DEFAULT_EPOCHS;
    }

    static Schedule schedule(TuneJob job, List<Candidate> candidates, SearchStrategy strategy) {
        check(job, strategy);
        List<String> splitIds = job.resamples().stream().map(s -> s.id()).toList();
        String metric = job.primaryMetric().metricName();
        boolean maximize = job.primaryMetric().direction() == Direction.MAXIMIZE;
        return switch (strategy.kind()) {
            case RACE_ANOVA, RACE_WIN_LOSS -> new RaceSchedule(candidates, splitIds, job.control().seed(), strategy, metric,
                    maximize);
            case HYPERBAND -> new HyperbandSchedule(candidates, splitIds, job.control().seed(), strategy.hyperband(),
                    maxEpochs(job, strategy), metric, maximize);
            case GRID -> throw new IllegalStateException("the grid has no schedule");
        };
    }
}
