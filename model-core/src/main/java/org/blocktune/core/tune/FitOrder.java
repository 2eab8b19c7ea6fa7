package org.blocktune.core.tune;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One fit a run asks a {@link FitPlace} to do: a candidate on a resample with its seed (from
 * {@link FitSeeds}, so the same fit gets the same seed wherever it runs).
 *
 * @param candidate the candidate (its tuned values; the job's fixed values are added when fitting)
 * @param splitId   the resample's id
 * @param seed      the fit's seed
 */
public record FitOrder(Candidate candidate, String splitId, long seed) {
    public FitOrder {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(splitId, "splitId");
    }

    /** The key events about this fit carry. */
    public FitKey key() {
        return new FitKey(candidate, splitId, seed);
    }

    /** The candidate's tuned values, in their order. */
    public Map<String, Object> values() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(candidate.values()));
    }
}
