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
 * @param budget    the epochs a search strategy gives this fit (Hyperband), or 0 for the job's {@code fit_epochs}
 * @param watch     true when the fit scores its held-out rows after every epoch (for the median pruner)
 */
public record FitOrder(Candidate candidate, String splitId, long seed, int budget, boolean watch) {
    public FitOrder {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(splitId, "splitId");
    }

    /** A fit with the job's own epochs, not watched. */
    public FitOrder(Candidate candidate, String splitId, long seed) {
        this(candidate, splitId, seed, 0, false);
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
