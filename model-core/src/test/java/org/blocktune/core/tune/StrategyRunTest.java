package org.blocktune.core.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.metrics.ClassMetric;
import org.blocktune.core.metrics.ProbMetric;
import org.blocktune.core.resample.Resampling;
import org.blocktune.core.task.CancellationToken;
import org.blocktune.core.tune.strategy.SearchStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Racing, Hyperband and pruning runs end to end with a deterministic fake fitter. */
class StrategyRunTest {

    /** 8 candidates: units 16 (good) to 40 (bad) at two learning rates; 6 folds; fit_epochs 9. */
    static TuneJob job(int workers, Path folder, int folds) {
        Table t = TestJobs.table();
        List<Map<String, Object>> cands = new ArrayList<>();
        for (int u : new int[] {16, 18, 24, 40}) {
            cands.add(TestJobs.candidate(u, 0.01));
            cands.add(TestJobs.candidate(u, 0.001));
        }
        return TuneJob.ofCandidates(SeedSpecs.irisMlp(), Map.of("fit_epochs", 9), cands, t, Roles.of(t, "y"),
                Recipe.of(), Resampling.vfold(30, folds, 1, null, 7), List.of(ClassMetric.ACCURACY, ProbMetric.MN_LOG_LOSS),
                new TuneControl(workers, 42, false), folder);
    }

    static final SearchStrategy RACE = SearchStrategy.of(SearchStrategy.Kind.RACE_ANOVA);

    private static String fingerprint(TuneResults r) {
        return r.records().stream().map(x -> x.candidateId() + "/" + x.splitId() + "/" + x.budget() + ":" + x.status()
                + ":" + x.metrics() + ":" + x.epochsTrained()).collect(Collectors.joining("\n"));
    }

    @Test
    void aRaceDropsClearlyWorseCandidatesAfterTheBurnInAndRecordsThem(@TempDir Path dir) throws IOException {
        EpochFakeFitter fitter = new EpochFakeFitter(0);
        TuneResults r = new TuneRunner(fitter).run(job(1, dir.resolve("run"), 6), RACE, null, null);
        assertFalse(r.cancelled());
        RaceRun race = r.race().orElseThrow();
        assertEquals(6, race.order().size());
        // units 40 (badness >= 1.2) is far worse than units 16: dropped at the first test, after 3 resamples
        assertEquals(3, race.fittedOn().get("cand_007"));
        assertTrue(race.reasons().get("cand_007").contains("eliminated after " + race.order().get(2)), race.reasons().get("cand_007"));
        // nothing is eliminated before the burn-in: every candidate has OK fits on the first 3 resamples
        for (Candidate c : r.candidates()) {
            for (String s : race.order().subList(0, 3)) {
                assertEquals(FitStatus.OK, r.record(c.id(), s).orElseThrow().status(), c.id() + " on " + s);
            }
        }
        // an eliminated candidate has an ELIMINATED record on each resample it skipped, with the reason
        for (String s : race.order().subList(3, 6)) {
            FitRecord e = r.record("cand_007", s).orElseThrow();
            assertEquals(FitStatus.ELIMINATED, e.status());
            assertEquals(0, e.epochsTrained());
        }
        // the best is never eliminated; show best considers only candidates that finished the race
        assertEquals("cand_001", r.selectBest("accuracy").id());
        assertTrue(r.showBest("accuracy", 100).stream().allMatch(s -> !race.eliminated(s.candidateId())));
        assertTrue(r.summary("accuracy").stream().anyMatch(s -> s.candidateId().equals("cand_007")),
                "the table still lists the eliminated candidate over its resamples");
        assertEquals(0, r.failures().size(), "eliminations are not failures");
        ComputeUse use = r.computeUse();
        assertEquals(8 * 6 * 9, use.full());
        assertEquals(fitter.epochsTrained.get(), use.trained());
        assertTrue(use.trained() < use.full());
        // the folder tells the same story without the job
        TuneResults loaded = TuneResults.load(dir.resolve("run"));
        assertFalse(loaded.cancelled());
        assertEquals(fingerprint(r), fingerprint(loaded));
        assertEquals(race, loaded.race().orElseThrow());
    }

    @Test
    void winLossRacingRunsToo() throws IOException {
        TuneResults r = new TuneRunner(new EpochFakeFitter(0)).run(job(2, null, 6),
                SearchStrategy.of(SearchStrategy.Kind.RACE_WIN_LOSS), null, null);
        assertFalse(r.cancelled());
        assertEquals("cand_001", r.selectBest("accuracy").id());
        assertTrue(r.race().orElseThrow().eliminated("cand_007"));
    }

    @Test
    void parallelRacingEqualsSerialRacing() throws IOException {
        TuneResults one = new TuneRunner(new EpochFakeFitter(1)).run(job(1, null, 6), RACE, null, null);
        TuneResults two = new TuneRunner(new EpochFakeFitter(1)).run(job(3, null, 6), RACE, null, null);
        assertEquals(fingerprint(one), fingerprint(two));
    }

    @Test
    void aRaceResumedFromAnyPointOfItsLogEqualsTheUninterruptedRace(@TempDir Path dir) throws IOException {
        TuneResults whole = new TuneRunner(new EpochFakeFitter(0)).run(job(1, dir.resolve("whole"), 6), RACE, null, null);
        List<String> lines = Files.readAllLines(dir.resolve("whole").resolve(RunFolder.FITS_FILE), StandardCharsets.UTF_8);
        for (int keep : new int[] {0, 5, 24, 25, 30, lines.size() - 1}) {
            Path cut = dir.resolve("cut" + keep);
            Files.createDirectories(cut);
            Files.copy(dir.resolve("whole").resolve(RunFolder.RUN_FILE), cut.resolve(RunFolder.RUN_FILE));
            // a kill mid-write leaves half a line: it is cut off and that fit runs again
            String text = String.join("\n", lines.subList(0, keep)) + (keep == 0 ? "" : "\n") + "{\"type\":\"fit\",\"cand";
            Files.writeString(cut.resolve(RunFolder.FITS_FILE), text);
            TuneResults resumed = new TuneRunner(new EpochFakeFitter(0)).resume(job(2, cut, 6), RACE, false, null, null);
            assertEquals(fingerprint(whole), fingerprint(resumed), "resumed after " + keep + " lines");
            assertEquals(whole.race(), resumed.race());
        }
    }

    @Test
    void aCancelledRaceResumesToTheSameEliminations(@TempDir Path dir) throws Exception {
        TuneResults whole = new TuneRunner(new EpochFakeFitter(0)).run(job(1, null, 6), RACE, null, null);
        CancellationToken cancel = new CancellationToken();
        Path folder = dir.resolve("run");
        TuneListener stopper = new TuneListener() {
            int n;

            @Override
            public void fitFinished(FitRecord record) {
                if (++n == 27) {
                    cancel.cancel();
                }
            }
        };
        TuneResults part = new TuneRunner(new EpochFakeFitter(2)).run(job(2, folder, 6), RACE, stopper, cancel);
        assertTrue(part.cancelled());
        TuneResults resumed = new TuneRunner(new EpochFakeFitter(0)).resume(job(2, folder, 6), RACE, false, null, null);
        assertEquals(fingerprint(whole), fingerprint(resumed));
        assertThrows(IllegalStateException.class,
                () -> new TuneRunner(new EpochFakeFitter(0)).resume(job(2, folder, 6), SearchStrategy.grid(), false, null, null),
                "the strategy is part of the run's identity");
    }

    @Test
    void racingNeedsMoreResamplesThanTheBurnIn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TuneRunner(new EpochFakeFitter(0)).run(job(1, null, 3), RACE, null, null));
        assertTrue(e.getMessage().contains("more resamples (3) than burn-in resamples (3)"), e.getMessage());
    }

    static final SearchStrategy HYPERBAND = SearchStrategy.of(SearchStrategy.Kind.HYPERBAND);

    @Test
    void hyperbandTrainsKerasTunersBracketsAndPromotesTheBest(@TempDir Path dir) throws IOException {
        // fit_epochs 9, factor 3: brackets (9 x 1, 3 x 3, 1 x 9), (5 x 3, 2 x 9), (3 x 9); only 8 candidates,
        // so the first round of the first bracket holds all 8
        EpochFakeFitter fitter = new EpochFakeFitter(0);
        TuneResults r = new TuneRunner(fitter).run(job(2, dir.resolve("hb"), 3), HYPERBAND, null, null);
        assertFalse(r.cancelled());
        List<BracketRun> b = r.brackets();
        assertEquals(3, b.size());
        assertEquals(List.of(8, 3, 1), b.get(0).rounds().stream().map(x -> x.candidates().size()).toList());
        assertEquals(List.of(1, 3, 9), b.get(0).rounds().stream().map(BracketRun.Round::epochs).toList());
        assertEquals(List.of(5, 2), b.get(1).rounds().stream().map(x -> x.candidates().size()).toList());
        assertEquals(List.of(3), b.get(2).rounds().stream().map(x -> x.candidates().size()).toList());
        // each later round holds the best of the round before
        BracketRun.Round first = b.get(0).rounds().get(0);
        String bestOfFirst = first.candidates().stream().max((x, y) -> Double.compare(first.scores().get(x),
                first.scores().get(y))).orElseThrow();
        assertTrue(b.get(0).rounds().get(1).candidates().contains(bestOfFirst));
        // the best candidate overall finished at 9 epochs; candidates that never reached 9 epochs are not "finished"
        String best = r.selectBest("accuracy").id();
        assertEquals(9, r.budgetOf(best));
        for (Candidate c : r.candidates()) {
            boolean atNine = b.stream().anyMatch(x -> x.rounds().get(x.rounds().size() - 1).epochs() == 9
                    && x.rounds().get(x.rounds().size() - 1).candidates().contains(c.id()));
            assertEquals(atNine, r.finished(c.id()), c.id());
        }
        assertEquals(fitter.epochsTrained.get(), r.computeUse().trained());
        assertEquals(8 * 3 * 9, r.computeUse().full());
        TuneResults loaded = TuneResults.load(dir.resolve("hb"));
        assertFalse(loaded.cancelled());
        assertEquals(fingerprint(r), fingerprint(loaded));
        assertEquals(b, loaded.brackets());
    }

    @Test
    void parallelHyperbandEqualsSerialAndResumes(@TempDir Path dir) throws IOException {
        TuneResults one = new TuneRunner(new EpochFakeFitter(0)).run(job(1, null, 3), HYPERBAND, null, null);
        TuneResults two = new TuneRunner(new EpochFakeFitter(1)).run(job(3, dir.resolve("hb"), 3), HYPERBAND, null, null);
        assertEquals(fingerprint(one), fingerprint(two));
        List<String> lines = Files.readAllLines(dir.resolve("hb").resolve(RunFolder.FITS_FILE));
        Path cut = dir.resolve("cut");
        Files.createDirectories(cut);
        Files.copy(dir.resolve("hb").resolve(RunFolder.RUN_FILE), cut.resolve(RunFolder.RUN_FILE));
        Files.write(cut.resolve(RunFolder.FITS_FILE), lines.subList(0, lines.size() / 2));
        TuneResults resumed = new TuneRunner(new EpochFakeFitter(0)).resume(job(2, cut, 3), HYPERBAND, false, null, null);
        assertEquals(fingerprint(one), fingerprint(resumed));
    }

    @Test
    void hyperbandRefusesATunedEpochCount() {
        Table t = TestJobs.table();
        TuneJob j = TuneJob.ofCandidates(SeedSpecs.irisMlp(), Map.of(), List.of(Map.of("fit_epochs", 3), Map.of("fit_epochs", 5)),
                t, Roles.of(t, "y"), Recipe.of(), Resampling.vfold(30, 3, 1, null, 7), List.of(ClassMetric.ACCURACY),
                new TuneControl(1, 42, false), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TuneRunner(new EpochFakeFitter(0)).run(j, HYPERBAND, null, null));
        assertTrue(e.getMessage().contains("fit_epochs cannot be tuned"), e.getMessage());
    }

    static final SearchStrategy PRUNE = SearchStrategy.grid().withPruning(new SearchStrategy.MedianPruning(2, 1, ""));

    @Test
    void theMedianPrunerStopsABadFitAtTheRightEpoch() throws IOException {
        EpochFakeFitter fitter = new EpochFakeFitter(0);
        TuneResults r = new TuneRunner(fitter).run(job(1, null, 3), PRUNE, null, null);
        assertFalse(r.cancelled());
        // cand_001 and cand_002 are the startup fits: never pruned
        for (String s : r.info().splitIds()) {
            assertEquals(FitStatus.OK, r.record("cand_001", s).orElseThrow().status());
            assertEquals(FitStatus.OK, r.record("cand_002", s).orElseThrow().status());
        }
        // cand_007 (units 40, loss >= 1.2 + 1/e) is worse than the median of the earlier fits at every
        // epoch; warm-up 1 epoch, so it stops after epoch 2 of 9 on every resample
        for (String s : r.info().splitIds()) {
            FitRecord p = r.record("cand_007", s).orElseThrow();
            assertEquals(FitStatus.PRUNED, p.status());
            assertEquals(2, p.epochsTrained(), p.message());
            assertTrue(p.message().startsWith("pruned after epoch 2 of 9"), p.message());
            assertTrue(p.metrics().isEmpty());
        }
        assertFalse(r.finished("cand_007"));
        assertTrue(r.showBest("accuracy", 100).stream().noneMatch(x -> x.candidateId().equals("cand_007")));
        assertEquals(fitter.epochsTrained.get(), r.computeUse().trained());
        assertTrue(r.computeUse().savedFraction() > 0.2, r.computeUse().describe());
        assertEquals("cand_001", r.selectBest("accuracy").id());
    }

    @Test
    void pruningGivesTheSameFitsWithAnyNumberOfWorkersAndAfterResume(@TempDir Path dir) throws IOException {
        TuneResults one = new TuneRunner(new EpochFakeFitter(0)).run(job(1, null, 3), PRUNE, null, null);
        TuneResults three = new TuneRunner(new EpochFakeFitter(2)).run(job(3, dir.resolve("p"), 3), PRUNE, null, null);
        assertEquals(fingerprint(one), fingerprint(three));
        List<String> lines = Files.readAllLines(dir.resolve("p").resolve(RunFolder.FITS_FILE));
        Path cut = dir.resolve("cut");
        Files.createDirectories(cut);
        Files.copy(dir.resolve("p").resolve(RunFolder.RUN_FILE), cut.resolve(RunFolder.RUN_FILE));
        Files.write(cut.resolve(RunFolder.FITS_FILE), lines.subList(0, 9));
        TuneResults resumed = new TuneRunner(new EpochFakeFitter(1)).resume(job(2, cut, 3), PRUNE, false, null, null);
        assertEquals(fingerprint(one), fingerprint(resumed));
    }
}
