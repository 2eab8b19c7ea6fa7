package org.blocktune.core.tune;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.blocktune.core.task.CancellationToken;

/**
 * The default {@link FitPlace}: a pool of worker threads in this process, as many as
 * {@link TuneRunner#workersFor} gives for the job's {@link TuneControl}.
 */
public final class LocalWorkers implements FitPlace {

    @Override
    public Open open(TuneJob job, CandidateFitter fitter, TuneListener listener, CancellationToken cancel) {
        int workers = TuneRunner.workersFor(job.control());
        fitter.useWorkers(workers);
        FitExecution execution = new FitExecution(job, fitter);
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "tune-worker-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return new Open() {
            @Override
            public int capacity() {
                return workers;
            }

            @Override
            public void start(FitOrder order, Consumer<FitRecord> done) {
                start(order, null, done);
            }

            @Override
            public void start(FitOrder order, FitExecution.Watcher watcher, Consumer<FitRecord> done) {
                pool.execute(() -> {
                    listener.fitStarted(order.key());
                    done.accept(execution.run(order, FitExecution.progress(order.key(), listener), cancel, watcher));
                });
            }

            @Override
            public void close() {
                pool.shutdownNow();
            }
        };
    }

    @Override
    public String describe(TuneJob job) {
        return TuneRunner.workersFor(job.control()) + " worker(s)";
    }
}
