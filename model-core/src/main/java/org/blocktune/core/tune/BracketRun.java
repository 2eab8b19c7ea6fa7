package org.blocktune.core.tune;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Hyperband bracket as it ran (or is running): its rounds, each with the candidates it trained,
 * for how many epochs, and their cross-validated scores.
 *
 * @param iteration the Hyperband iteration (from 0)
 * @param bracket   the bracket number (the highest is the most aggressive)
 * @param rounds    the rounds started so far
 */
public record BracketRun(int iteration, int bracket, List<Round> rounds) {
    public BracketRun {
        rounds = List.copyOf(rounds);
    }

    /**
     * One round.
     *
     * @param epochs     the epochs each candidate trained
     * @param candidates the candidates, in the order they were chosen (round 0: drawn; later: best first)
     * @param scores     candidate → mean of the optimised metric over the resamples (NaN when a fit failed),
     *                   for candidates whose fits have all finished
     */
    public record Round(int epochs, List<String> candidates, Map<String, Double> scores) {
        public Round {
            candidates = List.copyOf(candidates);
            scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        }
    }
}
