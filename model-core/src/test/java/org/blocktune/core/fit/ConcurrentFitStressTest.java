package org.blocktune.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.blocktune.core.data.Table;
import org.blocktune.core.dl4j.NativeReclaimer;
import org.blocktune.core.task.CancellationToken;
import org.junit.jupiter.api.Test;

/**
 * Many short iris fits on two workers at once while the collector runs all the time, mixing every
 * path that frees native memory early: early stopping with restored weights, a validation split,
 * hinge labels, and fits cancelled mid-epoch (the network is freed on failure). A third thread
 * predicts with each returned model while the worker that made it predicts too. A buffer freed
 * while still in use shows up as a JVM crash (the whole test run dies) or as predictions that
 * differ from those of the same request fitted before: fits are deterministic.
 */
class ConcurrentFitStressTest {
    private static final int ROUNDS = 3;

    /** The kinds of fit mixed in the stress run. */
    private enum Variant {
        RESTORE_BEST(Map.of("fit_epochs", 8, "fit_batch_size", 8, "fit_validation_split", 0.3,
                "fit_early_stopping", true, "fit_early_stopping_monitor", "val_loss",
                "fit_early_stopping_patience", 1, "fit_early_stopping_min_delta", 0.05,
                "fit_early_stopping_restore_best", true)),
        HINGE(Map.of("compile_loss", "hinge", "fit_epochs", 4, "fit_batch_size", 8, "fit_validation_split", 0.2,
                "compile_metrics", "accuracy")),
        CANCELLED(Map.of("fit_epochs", 6, "fit_batch_size", 8, "fit_validation_split", 0.2,
                "fit_early_stopping", true, "fit_early_stopping_restore_best", true));

        final Map<String, Object> values;

        Variant(Map<String, Object> values) {
            this.values = values;
        }
    }

    /** What one fit produced: predictions by its worker and by the other thread, or the failure. */
    private record Result(Variant variant, Table byWorker, Table byOtherThread, History history, FitFailure failure) {
    }

    @Test
    void twoWorkersFittingAndAThirdPredictingUnderConstantCollectionStayCorrect() throws Exception {
        Table iris = FitFixtures.iris();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread collector = new Thread(() -> {
            while (running.get()) {
                System.gc();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "gc-storm");
        collector.setDaemon(true);
        ExecutorService workers = Executors.newFixedThreadPool(2);
        ExecutorService predictor = Executors.newSingleThreadExecutor();
        List<Future<Result>> results = new ArrayList<>();
        long start = System.nanoTime();
        try {
            collector.start();
            for (int round = 0; round < ROUNDS; round++) {
                for (Variant v : Variant.values()) {
                    results.add(workers.submit(() -> fitAndPredict(v, iris, predictor)));
                }
            }
            Map<Variant, Result> first = new ConcurrentHashMap<>();
            int cancelled = 0;
            for (Future<Result> f : results) {
                Result r = f.get();
                if (r.variant() == Variant.CANCELLED) {
                    assertNotNull(r.failure(), "the cancelled fit returned a model");
                    assertEquals(FitFailure.Kind.CANCELLED, r.failure().kind(), r.failure().getMessage());
                    assertEquals("the fit was cancelled in epoch 2, batch 4", r.failure().getMessage());
                    cancelled++;
                    continue;
                }
                assertEquals(r.byWorker(), r.byOtherThread(), r.variant() + ": two threads predicted differently");
                Result reference = first.putIfAbsent(r.variant(), r);
                if (reference != null) {
                    assertEquals(reference.history(), r.history(), r.variant() + ": the same fit trained differently");
                    assertEquals(reference.byWorker(), r.byWorker(), r.variant() + ": the same fit predicted differently");
                }
            }
            assertEquals(ROUNDS, cancelled);
            assertTrue(first.get(Variant.RESTORE_BEST).history().stopReason().contains("restored the weights"),
                    first.get(Variant.RESTORE_BEST).history().stopReason());
        } finally {
            running.set(false);
            workers.shutdownNow();
            predictor.shutdownNow();
        }
        System.out.printf("concurrent fit stress: %d fits under constant GC in %d ms; %,d native buffers freed%n",
                results.size(), (System.nanoTime() - start) / 1_000_000, NativeReclaimer.freed());
        assertTrue(NativeReclaimer.installed(), "ND4J's collected buffers were freed unguarded");
    }

    private static Result fitAndPredict(Variant v, Table iris, ExecutorService predictor)
            throws InterruptedException, ExecutionException {
        CancellationToken token = new CancellationToken();
        FitListener listener = v != Variant.CANCELLED ? FitListener.NONE : new FitListener() {
            @Override
            public void batchFinished(int epoch, int batch, double loss) {
                if (epoch == 2 && batch == 3) {
                    token.cancel();
                }
            }
        };
        FittedModel model;
        try {
            model = ModelFitter.fit(FitFixtures.irisRequest(v.values), iris, listener, token);
        } catch (FitFailure f) {
            return new Result(v, null, null, null, f);
        }
        Future<Table> other = predictor.submit(() -> model.predict(iris));
        Table mine = model.predict(iris);
        return new Result(v, mine, other.get(), model.history(), null);
    }
}
