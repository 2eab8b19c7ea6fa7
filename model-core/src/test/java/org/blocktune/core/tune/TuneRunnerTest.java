package org.blocktune.core.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.blocktune.core.task.CancellationToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TuneRunnerTest {

    /** The parts of a record that must not depend on scheduling (not the elapsed time). */
    static String stable(FitRecord r) {
        return r.candidateId() + " " + FitSeeds.canonical(r.values()) + " " + r.splitId() + " " + r.seed() + " "
                + r.status() + " " + r.failureKind() + " " + r.message() + " " + r.metrics() + " " + r.history();
    }

    static List<String> stable(TuneResults results) {
        return results.records().stream().map(TuneRunnerTest::stable).toList();
    }

    @Test
    void oneAndTwoWorkersGiveIdenticalRecords() throws Exception {
        FakeFitter one = new FakeFitter(5);
        FakeFitter two = new FakeFitter(5);
        TuneResults a = new TuneRunner(one).run(TestJobs.explicit(TestJobs.candidates(), 1, null), null, null);
        TuneResults b = new TuneRunner(two).run(TestJobs.explicit(TestJobs.candidates(), 2, null), null, null);
        assertEquals(18, a.records().size());
        assertEquals(stable(a), stable(b));
        assertEquals(1, one.workersAsked);
        assertEquals(2, two.workersAsked);
        // seeds differ between fits, so the noise differs too
        assertEquals(18, a.records().stream().map(FitRecord::seed).distinct().count());
        assertFalse(a.cancelled());
    }

    @Test
    void seedsFollowTheMasterSeed() throws Exception {
        TuneJob job = TestJobs.explicit(TestJobs.candidates(), 1, null);
        TuneResults a = new TuneRunner(new FakeFitter(0)).run(job, null, null);
        TuneResults b = new TuneRunner(new FakeFitter(0)).run(job.withControl(new TuneControl(1, 43, false)), null, null);
        assertNotEquals(a.records().get(0).seed(), b.records().get(0).seed());
        assertEquals(FitSeeds.of(42, a.records().get(0).values(), a.records().get(0).splitId()), a.records().get(0).seed());
    }

    @Test
    void failingCandidatesAreRecordedAndTheRunGoesOn() throws Exception {
        FakeFitter fitter = new FakeFitter(0);
        List<FitRecord> failedEvents = new CopyOnWriteArrayList<>();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger epochs = new AtomicInteger();
        int[] total = new int[2];
        TuneListener listener = new TuneListener() {
            @Override public void runStarted(int totalFits, int alreadyDone) { total[0] = totalFits; total[1] = alreadyDone; }
            @Override public void fitStarted(FitKey fit) { started.incrementAndGet(); }
            @Override public void epochFinished(FitKey fit, org.blocktune.core.fit.EpochMetrics m) { epochs.incrementAndGet(); }
            @Override public void fitFailed(FitRecord record) { failedEvents.add(record); }
        };
        TuneResults r = new TuneRunner(fitter).run(TestJobs.explicit(TestJobs.candidates(2, 4, 8), 2, null), listener, null);
        assertEquals(27, r.records().size());
        assertEquals(27, total[0]);
        assertEquals(0, total[1]);
        assertEquals(27, started.get());
        assertEquals(18 * 3, epochs.get());
        assertEquals(9, r.failures().size());
        assertEquals(9, failedEvents.size());
        FitRecord dry = r.record("cand_001", "Fold01").orElseThrow();
        assertEquals("INVALID_SPEC", dry.failureKind());
        assertTrue(dry.message().contains("units = 2 is too small"), dry.message());
        FitRecord diverged = r.record("cand_002", "Fold02").orElseThrow();
        assertEquals("DIVERGED", diverged.failureKind());
        assertTrue(diverged.message().contains("loss became NaN"));
        FitRecord boom = r.record("cand_003", "Fold03").orElseThrow();
        assertEquals("EXCEPTION", boom.failureKind());
        assertEquals("unexpected error while fitting: IllegalStateException: boom in the fake fitter", boom.message());
        // the dry run ran once per candidate, and the failing one was never fitted
        assertEquals(9, fitter.dryRuns.get());
        assertEquals(24, fitter.fits.get());
        assertEquals(6, r.summary("accuracy").size());
    }

    @Test
    void cancelReturnsWithinASecondAndResumeCompletesTheRun(@TempDir Path dir) throws Exception {
        TuneResults reference = new TuneRunner(new FakeFitter(0)).run(TestJobs.explicit(TestJobs.candidates(4), 2, null), null, null);

        TuneJob job = TestJobs.explicit(TestJobs.candidates(4), 2, dir.resolve("run"));
        CancellationToken cancel = new CancellationToken();
        long[] cancelledAt = new long[1];
        TuneListener cancelAfterFour = new TuneListener() {
            final AtomicInteger done = new AtomicInteger();
            @Override public void fitFinished(FitRecord record) { maybeCancel(); }
            @Override public void fitFailed(FitRecord record) { maybeCancel(); }
            void maybeCancel() {
                if (done.incrementAndGet() == 4) {
                    cancelledAt[0] = System.nanoTime();
                    cancel.cancel();
                }
            }
        };
        // long fits: the running ones must stop through the token, not by finishing
        TuneResults partial = new TuneRunner(new FakeFitter(60)).run(job, cancelAfterFour, cancel);
        long millis = (System.nanoTime() - cancelledAt[0]) / 1_000_000;
        assertTrue(millis < 1000, "cancel took " + millis + " ms");
        assertTrue(partial.cancelled());
        assertTrue(partial.records().size() >= 4 && partial.records().size() < 21, "" + partial.records().size());
        long lines = Files.readAllLines(dir.resolve("run").resolve(RunFolder.FITS_FILE)).size();
        assertEquals(partial.records().size(), lines);

        FakeFitter rest = new FakeFitter(0);
        AtomicInteger alreadyDone = new AtomicInteger(-1);
        TuneResults resumed = new TuneRunner(rest).resume(job, false, new TuneListener() {
            @Override public void runStarted(int totalFits, int done) { alreadyDone.set(done); }
        }, null);
        assertEquals(partial.records().size(), alreadyDone.get());
        assertFalse(resumed.cancelled());
        assertEquals(stable(reference), stable(resumed));
        assertEquals(reference.summary(), resumed.summary());
        // failed fits are not run again unless asked
        assertEquals(21 - partial.records().size(), rest.fits.get());
        assertEquals(stable(reference), stable(TuneResults.load(dir.resolve("run"))));
    }

    @Test
    void resumeCanRunFailedFitsAgain(@TempDir Path dir) throws Exception {
        TuneJob job = TestJobs.explicit(TestJobs.candidates(4), 1, dir);
        new TuneRunner(new FakeFitter(0)).run(job, null, null);
        FakeFitter again = new FakeFitter(0);
        TuneResults keep = new TuneRunner(again).resume(job, false, null, null);
        assertEquals(0, again.fits.get());
        assertEquals(3, keep.failures().size());
        TuneResults retried = new TuneRunner(again).resume(job, true, null, null);
        assertEquals(3, again.fits.get());
        assertEquals(3, retried.failures().size());
        assertEquals(21, retried.records().size());
        assertEquals(21 + 3, Files.readAllLines(dir.resolve(RunFolder.FITS_FILE)).size());
    }

    @Test
    void aFolderOfAnotherJobIsRefused(@TempDir Path dir) throws Exception {
        new TuneRunner(new FakeFitter(0)).run(TestJobs.explicit(TestJobs.candidates(), 1, dir), null, null);
        TuneJob other = TestJobs.explicit(TestJobs.candidates(4), 1, dir);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new TuneRunner(new FakeFitter(0)).resume(other, false, null, null));
        assertTrue(e.getMessage().contains("belongs to a different tune job"), e.getMessage());
        assertTrue(e.getMessage().contains("6 vs 7 candidates"), e.getMessage());
        TuneJob otherSeed = TestJobs.explicit(TestJobs.candidates(), 1, dir).withControl(new TuneControl(1, 1, false));
        assertTrue(assertThrows(IllegalStateException.class,
                () -> new TuneRunner(new FakeFitter(0)).resume(otherSeed, false, null, null)).getMessage()
                .contains("seed 42 vs 1"));
        // the same job with other workers is the same run
        TuneJob sameJobTwoWorkers = TestJobs.explicit(TestJobs.candidates(), 2, dir);
        assertEquals(18, new TuneRunner(new FakeFitter(0)).resume(sameJobTwoWorkers, false, null, null).records().size());
        // run() will not overwrite a folder holding a run
        assertThrows(IllegalStateException.class,
                () -> new TuneRunner(new FakeFitter(0)).run(sameJobTwoWorkers, null, null));
    }

    @Test
    void predictionsAreKeptWhenAsked(@TempDir Path dir) throws Exception {
        TuneJob job = TestJobs.explicit(List.of(TestJobs.candidate(16, 0.01)), 1, dir)
                .withControl(new TuneControl(1, 42, true));
        TuneResults r = new TuneRunner(new FakeFitter(0)).run(job, null, null);
        FitRecord first = r.records().get(0);
        assertEquals(10, first.predictions().table().rowCount());
        org.junit.jupiter.api.Assertions.assertArrayEquals(job.resamples().get(0).assessment(), first.predictions().rows());
        assertEquals(first.predictions(), TuneResults.load(dir).records().get(0).predictions());
    }

    @Test
    void automaticWorkersFollowTheCores() {
        assertEquals(1, TuneRunner.automaticWorkers(1));
        assertEquals(2, TuneRunner.automaticWorkers(2));
        assertEquals(4, TuneRunner.automaticWorkers(16));
        assertEquals(3, TuneRunner.workersFor(new TuneControl(3, 0, false)));
    }

    @Test
    void aThrowingListenerDoesNotBreakTheRun() throws Exception {
        TuneListener bad = new TuneListener() {
            @Override public void fitFinished(FitRecord record) { throw new IllegalStateException("listener bug"); }
        };
        assertEquals(18, new TuneRunner(new FakeFitter(0))
                .run(TestJobs.explicit(TestJobs.candidates(), 2, null), bad, null).records().size());
    }

    @Test
    void candidatesOutsideTheJobAreRejectedWithAPlainMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TestJobs.explicit(List.of(TestJobs.candidate(16, 0.01), Map.of("dense_units", 8)), 1, null));
        assertTrue(e.getMessage().contains("every candidate must set the same arguments"), e.getMessage());
    }
}
