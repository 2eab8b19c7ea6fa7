package org.blocktune.core.tune;

import org.blocktune.core.fit.EpochMetrics;

/** Passes events on, swallowing anything the listener throws so that a listener bug cannot break a run. */
final class SafeListener implements TuneListener {
    private final TuneListener inner;

    SafeListener(TuneListener inner) {
        this.inner = inner == null ? TuneListener.NONE : inner;
    }

    private static void guard(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException ignored) {
            // a listener's own bug must not stop the run
        }
    }

    @Override public void runStarted(int totalFits, int alreadyDone) { guard(() -> inner.runStarted(totalFits, alreadyDone)); }
    @Override public void fitStarted(FitKey fit) { guard(() -> inner.fitStarted(fit)); }
    @Override public void trainingStarted(FitKey fit, int epochs, int batches) { guard(() -> inner.trainingStarted(fit, epochs, batches)); }
    @Override public void batchFinished(FitKey fit, int epoch, int batch, double loss) { guard(() -> inner.batchFinished(fit, epoch, batch, loss)); }
    @Override public void epochFinished(FitKey fit, EpochMetrics metrics) { guard(() -> inner.epochFinished(fit, metrics)); }
    @Override public void fitFinished(FitRecord record) { guard(() -> inner.fitFinished(record)); }
    @Override public void fitFailed(FitRecord record) { guard(() -> inner.fitFailed(record)); }
    @Override public void fitPruned(FitRecord record) { guard(() -> inner.fitPruned(record)); }
    @Override public void fitEliminated(FitRecord record) { guard(() -> inner.fitEliminated(record)); }
    @Override public void warning(String message) { guard(() -> inner.warning(message)); }
    @Override public void runFinished(int fitsDone, int fitsFailed, boolean cancelled) { guard(() -> inner.runFinished(fitsDone, fitsFailed, cancelled)); }
}
