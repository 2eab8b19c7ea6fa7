package org.blocktune.core.tune;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A race as it ran: the order it visited the resamples in and, for each eliminated candidate, how
 * many of them it was fitted on and why it was dropped.
 *
 * @param order           resample ids in race order
 * @param fittedOn        eliminated candidate id → the number of resamples (from the start of {@code order}) it was fitted on
 * @param reasons         eliminated candidate id → why
 */
public record RaceRun(List<String> order, Map<String, Integer> fittedOn, Map<String, String> reasons) {
    public RaceRun {
        order = List.copyOf(order);
        fittedOn = Collections.unmodifiableMap(new LinkedHashMap<>(fittedOn));
        reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
    }

    /** True when the race dropped {@code candidateId}. */
    public boolean eliminated(String candidateId) {
        return fittedOn.containsKey(candidateId);
    }
}
