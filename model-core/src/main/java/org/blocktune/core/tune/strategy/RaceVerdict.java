package org.blocktune.core.tune.strategy;

/**
 * One candidate's result of a racing test after some resamples.
 *
 * @param candidateId the candidate
 * @param mean        its mean of the optimised metric over the analysed resamples
 * @param estimate    the test's estimate against the best candidate (ANOVA: difference of means; win/loss:
 *                    Bradley-Terry ability, the best's being 0); 0 for the best
 * @param lower       lower end of its interval
 * @param upper       upper end of its interval
 * @param pass        true when it stays in the race
 * @param reason      for an eliminated candidate, why, in words; else empty
 */
public record RaceVerdict(String candidateId, double mean, double estimate, double lower, double upper, boolean pass,
                          String reason) {
}
