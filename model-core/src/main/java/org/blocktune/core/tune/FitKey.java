package org.blocktune.core.tune;

/**
 * Which fit an event is about: one candidate on one resample.
 *
 * @param candidate the candidate
 * @param splitId   the resample's id
 * @param seed      the fit's seed (see {@link FitSeeds})
 */
public record FitKey(Candidate candidate, String splitId, long seed) {
}
