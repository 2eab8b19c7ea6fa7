package org.blocktune.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.blocktune.core.task.CancellationToken;
import org.blocktune.core.tune.FitExecution;
import org.blocktune.core.tune.FitOrder;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.FitRecordJson;
import org.blocktune.core.tune.ModelCandidateFitter;
import org.blocktune.core.tune.TuneJob;

/**
 * The Spark task of one fit (runs on an executor): reads the job from the run's broadcast (once per
 * executor and run), fits the order with the default fitter exactly as a local worker would
 * ({@link FitExecution}, same seed) and returns the record as its run-folder JSON line. A model
 * failure comes back as a failed record; only a lost executor (or a killed task) makes Spark retry.
 */
final class FitTask implements Function<String, String> {
    private static final long serialVersionUID = 1L;
    /** The jobs this executor has decoded, by run id (a few runs at most live in one executor). */
    private static final Map<String, FitExecution> EXECUTIONS = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FitExecution> eldest) {
            return size() > 4;
        }
    };

    private final String runId;
    private final Broadcast<byte[]> job;
    private final String progressAddress;

    /**
     * The task of run {@code runId} (unique per run: broadcast ids restart with every Spark context),
     * sending training progress to {@code progressAddress} (host:port; null: none).
     */
    FitTask(String runId, Broadcast<byte[]> job, String progressAddress) {
        this.runId = runId;
        this.job = job;
        this.progressAddress = progressAddress;
    }

    @Override
    public String call(String orderText) {
        FitOrder order = FitOrderText.read(orderText);
        CancellationToken cancel = new CancellationToken();
        TaskContext context = TaskContext.get();
        Thread watcher = null;
        if (context != null) {
            // a killed task (the run was cancelled) sets the token, so the fit stops within a batch
            watcher = new Thread(() -> {
                while (!cancel.isCancelled() && !Thread.currentThread().isInterrupted()) {
                    if (context.isInterrupted()) {
                        cancel.cancel();
                        return;
                    }
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "blocktune-task-cancel");
            watcher.setDaemon(true);
            watcher.start();
        }
        try {
            FitRecord record = execution().run(order, ProgressChannel.Sender.forFit(progressAddress, runId, order), cancel);
            if (record == null) {
                throw new CancellationException("the fit of " + order.candidate().id() + " on " + order.splitId() + " was cancelled");
            }
            return FitRecordJson.write(record);
        } finally {
            if (watcher != null) {
                watcher.interrupt();
            }
        }
    }

    private FitExecution execution() {
        synchronized (EXECUTIONS) {
            FitExecution e = EXECUTIONS.get(runId);
            if (e == null) {
                TuneJob decoded = JobPayload.decode(job.value());
                ModelCandidateFitter fitter = new ModelCandidateFitter();
                fitter.useWorkers(Math.max(1, Runtime.getRuntime().availableProcessors()));
                e = new FitExecution(decoded, fitter);
                EXECUTIONS.put(runId, e);
            }
            return e;
        }
    }
}
