package org.blocktune.core.tune;

import java.util.Locale;
import org.blocktune.core.tune.strategy.SearchStrategy;

/**
 * Epochs a run trained against the epochs the full grid would train (every candidate on every
 * resample for its {@code fit_epochs}, or for Hyperband's max epochs).
 *
 * @param trained epochs trained by the recorded fits (pruned fits count the epochs they ran)
 * @param full    epochs of the full grid
 */
public record ComputeUse(long trained, long full) {

    /** The compute of {@code results}. */
    static ComputeUse of(TuneResults results) {
        long trained = 0;
        for (FitRecord r : results.records()) {
            trained += r.epochsTrained();
        }
        int splits = results.info().splitIds().size();
        boolean hyperband = results.info().strategy().kind() == SearchStrategy.Kind.HYPERBAND;
        int max = hyperband ? StrategyResults.hyperbandMaxEpochs(results) : 0;
        long full = 0;
        for (Candidate c : results.candidates()) {
            full += (long) splits * (hyperband ? max : epochsOf(c, results));
        }
        return new ComputeUse(trained, full);
    }

    private static int epochsOf(Candidate c, TuneResults results) {
        Object e = c.values().containsKey("fit_epochs") ? c.values().get("fit_epochs") : results.info().fixed().get("fit_epochs");
        return e instanceof Number n && n.intValue() > 0 ? n.intValue() : Strategies.DEFAULT_EPOCHS;
    }

    /** The share of the full grid's epochs not trained (0 to 1; 0 when the full grid is empty). */
    public double savedFraction() {
        return full == 0 ? 0 : 1 - (double) trained / full;
    }

    /** E.g. "412 of 1,000 epochs trained; 58.8 % saved". */
    public String describe() {
        return String.format(Locale.ROOT, "%,d of %,d epochs trained; %.1f %% saved", trained, full, 100 * savedFraction());
    }
}
