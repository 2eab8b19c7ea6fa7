package org.blocktune.core.tune;

import java.util.List;
import java.util.Map;

/**
 * A search strategy's plan, recomputed from the records alone each time it is asked (so a resumed
 * run, and a run with any number of workers, makes the same decisions): the fits to run next and
 * the candidates to drop. Called on the coordinator thread only.
 */
interface Schedule {

    /** The plan given the records so far, keyed by {@link #key}. */
    Plan plan(Map<String, FitRecord> records);

    /** Fits the run will make at most (for progress). */
    int expectedFits();

    /** The key of a record: candidate, resample and budget. */
    static String key(String candidateId, String splitId, int budget) {
        return candidateId + "\u0000" + splitId + (budget == 0 ? "" : "\u0000" + budget);
    }

    /** The key of {@code r}. */
    static String key(FitRecord r) {
        return key(r.candidateId(), r.splitId(), r.budget());
    }

    /**
     * One fit to run.
     *
     * @param candidate the candidate
     * @param splitId   the resample
     * @param budget    epochs in place of {@code fit_epochs}, or 0 for the candidate's own
     */
    record Planned(Candidate candidate, String splitId, int budget) {
        String key() {
            return Schedule.key(candidate.id(), splitId, budget);
        }
    }

    /**
     * A candidate dropped from a race.
     *
     * @param candidate  the candidate
     * @param afterSplit the last resample it was fitted on
     * @param reason     why, in words
     * @param skipped    the resamples it will not be fitted on
     */
    record Elimination(Candidate candidate, String afterSplit, String reason, List<String> skipped) {
        public Elimination {
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * What to do now.
     *
     * @param fits         fits to run (not yet recorded); empty while the current stage's fits are still running
     * @param eliminations every elimination so far (the session records those not yet recorded)
     * @param complete     true when the strategy has nothing more to run
     */
    record Plan(List<Planned> fits, List<Elimination> eliminations, boolean complete) {
        public Plan {
            fits = List.copyOf(fits);
            eliminations = List.copyOf(eliminations);
        }
    }
}
