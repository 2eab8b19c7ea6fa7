package org.blocktune.core.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Summaries and selection on a hand-made set of records with known answers. */
class TuneResultsTest {
    private static final double EPS = 1e-12;
    private static final List<String> SPLITS = List.of("F1", "F2", "F3");
    private static final Candidate C1 = new Candidate("cand_001", Map.of("units", 8));
    private static final Candidate C2 = new Candidate("cand_002", Map.of("units", 16));
    private static final Candidate C3 = new Candidate("cand_003", Map.of("units", 32));

    private static FitRecord ok(Candidate c, String split, double accuracy, double logLoss) {
        return new FitRecord(c.id(), c.values(), split, 1, FitStatus.OK, null, null,
                Map.of("accuracy", accuracy, "mn_log_loss", logLoss), null, 1, null);
    }

    /**
     * accuracy: C1 0.83 0.85 0.81 (mean 0.83, se 0.02/√3); C2 0.86 0.82 0.84 (mean 0.84, se 0.02/√3);
     * C3 0.70 0.90 and a failure (mean 0.80, n 2, se 0.1).
     * mn_log_loss: C1 0.5 0.4 0.6 (0.5); C2 0.28 0.29 0.30 (0.29); C3 0.2 0.3 (0.25, se 0.05).
     */
    static TuneResults results() {
        List<FitRecord> records = new ArrayList<>();
        records.add(ok(C1, "F1", 0.83, 0.5));
        records.add(ok(C1, "F2", 0.85, 0.4));
        records.add(ok(C1, "F3", 0.81, 0.6));
        records.add(ok(C2, "F3", 0.84, 0.30));
        records.add(ok(C2, "F1", 0.86, 0.28));
        records.add(ok(C2, "F2", 0.82, 0.29));
        records.add(ok(C3, "F1", 0.70, 0.2));
        records.add(ok(C3, "F2", 0.90, 0.3));
        records.add(new FitRecord(C3.id(), C3.values(), "F3", 1, FitStatus.FAILED, "DIVERGED", "the loss became NaN",
                Map.of(), null, 1, null));
        RunInfo info = new RunInfo("x", "spec", false, List.of("units"), Map.of("fit_epochs", 3), List.of(C1, C2, C3),
                SPLITS, List.of("accuracy", "mn_log_loss"), 42);
        return new TuneResults(info, List.of(C1, C2, C3), records, List.of(), false);
    }

    @Test
    void summaryGivesMeanNAndStdErr() {
        List<MetricSummary> acc = results().summary("accuracy");
        assertEquals(3, acc.size());
        assertEquals(0.83, acc.get(0).mean(), EPS);
        assertEquals(3, acc.get(0).n());
        assertEquals(0.02 / Math.sqrt(3), acc.get(0).stdErr(), EPS);
        assertEquals(0.84, acc.get(1).mean(), EPS);
        assertEquals(0.80, acc.get(2).mean(), EPS);
        assertEquals(2, acc.get(2).n());
        assertEquals(0.1, acc.get(2).stdErr(), EPS);
        assertEquals(6, results().summary().size());
        assertEquals(16, results().foldMetrics().size());
    }

    @Test
    void recordsAreOrderedByCandidateThenSplit() {
        List<FitRecord> r = results().records();
        assertEquals("cand_002", r.get(3).candidateId());
        assertEquals(List.of("F1", "F2", "F3"), r.subList(3, 6).stream().map(FitRecord::splitId).toList());
    }

    @Test
    void showBestAndSelectBestFollowTheMetricsDirection() {
        TuneResults r = results();
        assertEquals(List.of("cand_002", "cand_001", "cand_003"),
                r.showBest("accuracy", 5).stream().map(MetricSummary::candidateId).toList());
        assertEquals(List.of("cand_003", "cand_002"),
                r.showBest("mn_log_loss", 2).stream().map(MetricSummary::candidateId).toList());
        assertEquals(C2, r.selectBest("accuracy"));
        assertEquals(C3, r.selectBest("mn_log_loss"));
    }

    @Test
    void oneStdErrPicksTheSimplestWithinOneStandardError() {
        TuneResults r = results();
        // accuracy: bound 0.84 - 0.02/√3 ≈ 0.8285 admits C1 (0.83) and C2; C3 (0.80) is out
        assertEquals(C1, r.selectByOneStdErr("accuracy", "units"));
        assertEquals(C2, r.selectByOneStdErr("accuracy", "units", false));
        // log loss: best C3 0.25 + 0.05 = 0.30 admits C2 (0.29) but not C1 (0.5)
        assertEquals(C2, r.selectByOneStdErr("mn_log_loss", "units"));
        assertEquals(C3, r.selectByOneStdErr("mn_log_loss", "units", false));
    }

    @Test
    void finalizeOverlaysTheChosenValuesOnTheFixedOnes() {
        assertEquals(Map.of("fit_epochs", 3, "units", 8), results().finalizedValues(C1));
    }

    @Test
    void failuresAndHistoriesAreListed() {
        TuneResults r = results();
        assertEquals(1, r.failures().size());
        assertEquals("the loss became NaN", r.failures().get(0).message());
        assertTrue(r.history("cand_003", "F3").isEmpty());
    }

    @Test
    void unknownNamesAreReportedPlainly() {
        TuneResults r = results();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> r.showBest("rmse", 1)).getMessage()
                .contains("did not record 'rmse'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> r.selectByOneStdErr("accuracy", "rate"))
                .getMessage().contains("not a tuned parameter"));
    }
}
