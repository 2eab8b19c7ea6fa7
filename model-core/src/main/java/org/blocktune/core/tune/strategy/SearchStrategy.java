package org.blocktune.core.tune.strategy;

import java.util.Locale;
import java.util.Objects;

/**
 * How a tune run spends its compute: every candidate on every resample ({@link Kind#GRID}, the
 * default), racing over resamples ({@link Kind#RACE_ANOVA}, {@link Kind#RACE_WIN_LOSS}: tidymodels
 * finetune), or Hyperband over epochs ({@link Kind#HYPERBAND}: Keras Tuner), optionally with a
 * {@link MedianPruning median pruner} inside each fit (grid and Bayesian runs only).
 *
 * @param kind      the strategy
 * @param race      racing settings (used by the two racing kinds)
 * @param hyperband Hyperband settings (used by {@link Kind#HYPERBAND})
 * @param pruning   the median pruner, or null for none
 */
public record SearchStrategy(Kind kind, RaceSettings race, HyperbandSettings hyperband, MedianPruning pruning) {

    /** The strategies; {@link #id()} is the name used on the command line and in files. */
    public enum Kind {
        /** Every candidate on every resample. */
        GRID("grid"),
        /** Racing with a repeated-measures ANOVA after each resample (finetune {@code tune_race_anova}). */
        RACE_ANOVA("race"),
        /** Racing with a Bradley-Terry model of pairwise wins (finetune {@code tune_race_win_loss}). */
        RACE_WIN_LOSS("race_win_loss"),
        /** Successive halving over epochs in Keras Tuner's brackets. */
        HYPERBAND("hyperband");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The name on the command line and in project and run files. */
        public String id() {
            return id;
        }

        /** The kind named {@code id} (case-insensitive; {@code race_anova} is accepted for {@code race}). */
        public static Kind byId(String id) {
            String s = id == null ? "" : id.trim().toLowerCase(Locale.ROOT).replace('-', '_');
            if (s.equals("race_anova") || s.equals("anova")) {
                return RACE_ANOVA;
            }
            if (s.equals("win_loss")) {
                return RACE_WIN_LOSS;
            }
            for (Kind k : values()) {
                if (k.id.equals(s)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown search strategy '" + id + "'; choose grid, race, race_win_loss or hyperband");
        }

        /** True for the two racing kinds. */
        public boolean racing() {
            return this == RACE_ANOVA || this == RACE_WIN_LOSS;
        }
    }

    public SearchStrategy {
        Objects.requireNonNull(kind, "kind");
        race = race == null ? RaceSettings.defaults() : race;
        hyperband = hyperband == null ? HyperbandSettings.defaults() : hyperband;
        if (pruning != null && kind != Kind.GRID) {
            throw new IllegalArgumentException("median pruning works with grid and Bayesian runs only, not with "
                    + kind.id() + "; choose the grid strategy or turn pruning off");
        }
    }

    /** Every candidate on every resample, no pruning: what BlockTune did before strategies existed. */
    public static SearchStrategy grid() {
        return new SearchStrategy(Kind.GRID, null, null, null);
    }

    /** The strategy {@code kind} with default settings. */
    public static SearchStrategy of(Kind kind) {
        return new SearchStrategy(kind, null, null, null);
    }

    /** True for the plain grid without pruning (run folders and project files then carry no strategy). */
    public boolean isDefault() {
        return kind == Kind.GRID && pruning == null;
    }

    /** This strategy with other racing settings. */
    public SearchStrategy withRace(RaceSettings r) {
        return new SearchStrategy(kind, r, hyperband, pruning);
    }

    /** This strategy with other Hyperband settings. */
    public SearchStrategy withHyperband(HyperbandSettings h) {
        return new SearchStrategy(kind, race, h, pruning);
    }

    /** This strategy with a median pruner ({@code null}: none). */
    public SearchStrategy withPruning(MedianPruning p) {
        return new SearchStrategy(kind, race, hyperband, p);
    }

    /** A short description, e.g. "race (burn-in 3, alpha 0.05)". */
    public String describe() {
        String s = switch (kind) {
            case GRID -> "grid";
            case RACE_ANOVA, RACE_WIN_LOSS -> kind.id() + " (burn-in " + race.burnIn() + ", alpha " + race.alpha() + ")";
            case HYPERBAND -> "hyperband (max epochs " + (hyperband.maxEpochs() == 0 ? "= fit_epochs" : hyperband.maxEpochs())
                    + ", factor " + hyperband.factor() + ", iterations " + hyperband.iterations() + ")";
        };
        return pruning == null ? s : s + " + median pruning (startup " + pruning.startupTrials() + ", warm-up "
                + pruning.warmupSteps() + ", on " + pruning.monitorName() + ")";
    }

    /**
     * Racing settings (finetune {@code control_race()}).
     *
     * @param burnIn    resamples every candidate is fitted on before the first elimination (at least 2; default 3)
     * @param alpha     significance level of the elimination test (default 0.05)
     * @param numTies   when two candidates remain and have stayed tied for this many resamples, the better mean wins (default 10)
     * @param randomize race the resamples in an order shuffled with the master seed (default true), not in their given order
     */
    public record RaceSettings(int burnIn, double alpha, int numTies, boolean randomize) {
        public RaceSettings {
            if (burnIn < 2) {
                throw new IllegalArgumentException("the burn-in must be at least 2 resamples (the test needs a variance), got " + burnIn);
            }
            if (!(alpha > 0 && alpha < 1)) {
                throw new IllegalArgumentException("alpha must be between 0 and 1 (e.g. 0.05), got " + alpha);
            }
            if (numTies < 1) {
                throw new IllegalArgumentException("numTies must be at least 1, got " + numTies);
            }
        }

        /** burn-in 3, alpha 0.05, 10 ties, randomised order: finetune's defaults. */
        public static RaceSettings defaults() {
            return new RaceSettings(3, 0.05, 10, true);
        }
    }

    /**
     * Hyperband settings (Keras Tuner {@code Hyperband}).
     *
     * @param maxEpochs  the most epochs one candidate trains; 0 takes the project's {@code fit_epochs}
     * @param factor     the reduction factor between rounds (at least 2; default 3)
     * @param iterations how many times the whole set of brackets runs (Keras Tuner's {@code hyperband_iterations}; default 1)
     */
    public record HyperbandSettings(int maxEpochs, int factor, int iterations) {
        public HyperbandSettings {
            if (maxEpochs < 0) {
                throw new IllegalArgumentException("max epochs must be 0 (= fit_epochs) or more, got " + maxEpochs);
            }
            if (factor < 2) {
                throw new IllegalArgumentException("the Hyperband factor must be an integer of 2 or more, got " + factor);
            }
            if (iterations < 1) {
                throw new IllegalArgumentException("Hyperband iterations must be at least 1, got " + iterations);
            }
        }

        /** max epochs from {@code fit_epochs}, factor 3, 1 iteration: Keras Tuner's defaults. */
        public static HyperbandSettings defaults() {
            return new HyperbandSettings(0, 3, 1);
        }
    }

    /**
     * The median pruner (Optuna {@code MedianPruner}): a fit is stopped after epoch k when the best
     * value of {@code monitor} it has reached so far is worse than the median of the values earlier
     * fits on the same resample had at epoch k.
     *
     * @param startupTrials the first this-many candidates are never pruned (Optuna's {@code n_startup_trials}; default 5)
     * @param warmupSteps   no fit is pruned in its first this-many epochs (Optuna's {@code n_warmup_steps}; default 0)
     * @param monitor       the epoch value compared ({@code loss}, {@code val_loss}, {@code val_accuracy}, ...);
     *                      empty: {@code val_loss} when the fit has a validation split, else {@code loss}
     */
    public record MedianPruning(int startupTrials, int warmupSteps, String monitor) {
        public MedianPruning {
            if (startupTrials < 0) {
                throw new IllegalArgumentException("startup trials must be 0 or more, got " + startupTrials);
            }
            if (warmupSteps < 0) {
                throw new IllegalArgumentException("warm-up steps must be 0 or more, got " + warmupSteps);
            }
            monitor = monitor == null ? "" : monitor.trim();
        }

        /** Optuna's defaults: 5 startup trials, no warm-up, loss (val_loss with a validation split). */
        public static MedianPruning defaults() {
            return new MedianPruning(5, 0, "");
        }

        /** The monitor for the message: the key, or "val_loss (else loss)". */
        public String monitorName() {
            return monitor.isEmpty() ? "val_loss (else loss)" : monitor;
        }
    }
}
