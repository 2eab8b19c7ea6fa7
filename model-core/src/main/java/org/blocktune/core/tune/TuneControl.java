package org.blocktune.core.tune;

/**
 * How a tune run executes.
 *
 * @param workers         fits run at once; 0 chooses from the machine's cores
 * @param seed            master seed: every split, weight, shuffle and dropout seed derives from it
 * @param savePredictions keep the assessment-set predictions of every fit in the run folder
 */
public record TuneControl(int workers, long seed, boolean savePredictions) {
    public TuneControl {
        if (workers < 0) throw new IllegalArgumentException("workers must be 0 (automatic) or more, got " + workers);
    }

    /** Automatic workers, seed 42, predictions kept. */
    public static TuneControl defaults() {
        return new TuneControl(0, 42, true);
    }
}
