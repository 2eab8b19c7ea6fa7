package org.blocktune.app.cli;

import org.blocktune.core.tune.strategy.SearchStrategy;
import picocli.CommandLine.Option;

/**
 * The search-strategy options of {@code tune}: they override the project's stored strategy for
 * this run (the project file keeps its own; the workbench's Search space step sets it).
 */
final class StrategyOptions {
    @Option(names = "--strategy", paramLabel = "NAME",
            description = "grid (every candidate on every resample), race (drop candidates an ANOVA finds worse after each "
                    + "resample, as tidymodels finetune), race_win_loss (the same with a win/loss model) or hyperband "
                    + "(successive halving over epochs, as Keras Tuner); default: the project's strategy")
    String strategy;

    @Option(names = "--burn-in", paramLabel = "N", description = "racing: resamples every candidate is fitted on first (default 3)")
    Integer burnIn;

    @Option(names = "--alpha", paramLabel = "A", description = "racing: significance level of the elimination test (default 0.05)")
    Double alpha;

    @Option(names = "--max-epochs", paramLabel = "N", description = "hyperband: most epochs per candidate (default: fit_epochs)")
    Integer maxEpochs;

    @Option(names = "--factor", paramLabel = "N", description = "hyperband: reduction factor between rounds (default 3)")
    Integer factor;

    @Option(names = "--prune", paramLabel = "RULE",
            description = "median (stop a fit whose loss at an epoch is worse than the median of earlier fits at that epoch, "
                    + "as Optuna's MedianPruner; grid and Bayesian runs) or none")
    String prune;

    @Option(names = "--prune-startup", paramLabel = "N", description = "median pruning: candidates never pruned first (default 5)")
    Integer pruneStartup;

    @Option(names = "--prune-warmup", paramLabel = "N", description = "median pruning: epochs a fit always trains first (default 0)")
    Integer pruneWarmup;

    @Option(names = "--prune-monitor", paramLabel = "KEY",
            description = "median pruning: the epoch value compared, e.g. val_loss or val_accuracy, scored on the "
                    + "resample's held-out rows (default: val_loss)")
    String pruneMonitor;

    /** The strategy for this run: the project's, changed by the options given. */
    SearchStrategy apply(SearchStrategy fromProject) {
        try {
            SearchStrategy s = fromProject == null ? SearchStrategy.grid() : fromProject;
            if (strategy != null) {
                s = new SearchStrategy(SearchStrategy.Kind.byId(strategy), s.race(), s.hyperband(), null);
            }
            if (burnIn != null || alpha != null) {
                SearchStrategy.RaceSettings r = s.race();
                s = s.withRace(new SearchStrategy.RaceSettings(burnIn == null ? r.burnIn() : burnIn,
                        alpha == null ? r.alpha() : alpha, r.numTies(), r.randomize()));
            }
            if (maxEpochs != null || factor != null) {
                SearchStrategy.HyperbandSettings h = s.hyperband();
                s = s.withHyperband(new SearchStrategy.HyperbandSettings(maxEpochs == null ? h.maxEpochs() : maxEpochs,
                        factor == null ? h.factor() : factor, h.iterations()));
            }
            if (prune != null) {
                String p = prune.trim().toLowerCase(java.util.Locale.ROOT);
                if (p.equals("none")) {
                    s = s.withPruning(null);
                } else if (p.equals("median")) {
                    s = s.withPruning(s.pruning() == null ? SearchStrategy.MedianPruning.defaults() : s.pruning());
                } else {
                    throw new IllegalArgumentException("unknown pruning rule '" + prune + "'; use median or none");
                }
            } else if (strategy != null && fromProject != null && fromProject.pruning() != null
                    && s.kind() == SearchStrategy.Kind.GRID) {
                s = s.withPruning(fromProject.pruning());
            }
            if (pruneStartup != null || pruneWarmup != null || pruneMonitor != null) {
                SearchStrategy.MedianPruning m = s.pruning();
                if (m == null) {
                    throw new IllegalArgumentException("--prune-startup, --prune-warmup and --prune-monitor need --prune median");
                }
                s = s.withPruning(new SearchStrategy.MedianPruning(pruneStartup == null ? m.startupTrials() : pruneStartup,
                        pruneWarmup == null ? m.warmupSteps() : pruneWarmup, pruneMonitor == null ? m.monitor() : pruneMonitor));
            }
            return s;
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
