package org.blocktune.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.blocktune.core.fit.EpochMetrics;
import org.blocktune.core.fit.History;
import org.blocktune.core.task.CancellationToken;
import org.blocktune.core.tune.CandidateFitter;
import org.blocktune.core.tune.FitKey;
import org.blocktune.core.tune.FitOrder;
import org.blocktune.core.tune.FitPlace;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.FitRecordJson;
import org.blocktune.core.tune.FitStatus;
import org.blocktune.core.tune.TuneJob;
import org.blocktune.core.tune.TuneListener;

/**
 * Runs a tune run's fits as Spark tasks: each fit is one Spark job of one task (so results stream
 * back as fits finish, and cancelling the run cancels its jobs), the job's data travels once per
 * run as a broadcast, and every task returns its {@link FitRecord} as text, which the driver's
 * coordinator writes to the run folder. Spark keeps only the successful attempt of a task, so a
 * task retried after a lost executor is recorded once.
 *
 * <p>The master is {@code local[N]} (Spark inside this process, no installation), {@code spark://host:7077}
 * (a standalone cluster) or, under {@code spark-submit}, whatever it was given (null here: yarn,
 * {@code k8s://…}). For {@code local} masters the driver binds to 127.0.0.1. Progress: a fit is
 * reported as started when its task is submitted; its epochs (loss curves) stream from the executor
 * as they finish ({@link ProgressChannel}; from its record when the executor cannot reach the
 * driver), not batch by batch.
 */
public final class SparkFitPlace implements FitPlace {
    /** Spark settings BlockTune sets unless the user gave them. */
    private static final Map<String, String> DEFAULTS = Map.of(
            "spark.app.name", "BlockTune tune",
            "spark.ui.enabled", "false",
            "spark.job.interruptOnCancel", "true",
            // a task's result is one record: no need for more than the default, but say it plainly
            "spark.driver.maxResultSize", "512m");

    private final String master;
    private final Map<String, String> settings;
    private final JavaSparkContext shared;

    /**
     * A place on {@code master} with extra Spark {@code settings} (e.g. {@code spark.jars},
     * {@code spark.executor.memory}); a null master takes {@code spark.master} from the settings or from
     * {@code spark-submit}.
     */
    public SparkFitPlace(String master, Map<String, String> settings) {
        this.master = master;
        this.settings = Map.copyOf(settings == null ? Map.of() : settings);
        this.shared = null;
    }

    /** A place on a Spark context the caller owns and stops (runs neither start nor stop it; for benchmarks and notebooks). */
    public SparkFitPlace(JavaSparkContext context) {
        this.master = context.master();
        this.settings = Map.of();
        this.shared = context;
    }

    /** A place on {@code master} (the entry point the app finds by name). */
    public static FitPlace forMaster(String master) {
        return new SparkFitPlace(master, Map.of());
    }

    /** A place on {@code master} with extra settings (the entry point the app finds by name). */
    public static FitPlace forMaster(String master, Map<String, String> settings) {
        return new SparkFitPlace(master, settings);
    }

    @Override
    public String describe(TuneJob job) {
        return "Spark " + (master == null ? "(spark-submit's master)" : master);
    }

    /** The Spark configuration a run uses. */
    SparkConf conf() {
        SparkConf conf = new SparkConf();
        DEFAULTS.forEach(conf::setIfMissing);
        settings.forEach(conf::set);
        if (master != null) {
            conf.setMaster(master);
        }
        if (!conf.contains("spark.master")) {
            throw new IllegalArgumentException("no Spark master: give one, e.g. local[*] or spark://host:7077 "
                    + "(or start through spark-submit --master …)");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return conf;
    }

    @Override
    public Open open(TuneJob job, CandidateFitter fitter, TuneListener listener, CancellationToken cancel) {
        JavaSparkContext sc;
        try {
            sc = shared != null ? shared : new JavaSparkContext(conf());
        } catch (RuntimeException e) {
            throw new IllegalStateException("Spark could not start with master " + conf().get("spark.master") + ": "
                    + e.getMessage(), e);
        }
        TaskFailures failures = new TaskFailures();
        sc.sc().addSparkListener(failures);
        Broadcast<byte[]> payload = sc.broadcast(JobPayload.encode(job));
        String group = "blocktune-" + UUID.randomUUID();
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService submitters = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "spark-fit-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ProgressChannel progress = progressChannel(sc, group, listener);
        FitTask task = new FitTask(group, payload, progress == null ? null : progress.address());
        return new Open() {
            @Override
            public int capacity() {
                // two fits per task slot: a slot that finishes one starts the next at once, without waiting for the
                // driver (executors that join later raise the count)
                return 2 * Math.max(1, sc.defaultParallelism());
            }

            @Override
            public void start(FitOrder order, Consumer<FitRecord> done) {
                submitters.execute(() -> done.accept(runOne(sc, group, task, order, listener, progress, cancel)));
            }

            @Override
            public void close() {
                String retried = failures.summary();
                if (retried != null) {
                    listener.warning(retried);
                }
                sc.sc().cancelJobGroup(group);
                submitters.shutdownNow();
                payload.destroy();
                if (progress != null) {
                    progress.close();
                }
                sc.sc().removeSparkListener(failures);
                if (shared == null) {
                    sc.stop();
                }
            }
        };
    }

    /** The channel for live epochs, on the driver's address; null when it cannot listen (then epochs come with records). */
    private static ProgressChannel progressChannel(JavaSparkContext sc, String runId, TuneListener listener) {
        try {
            return new ProgressChannel(sc.getConf().get("spark.driver.host", "127.0.0.1"), runId, listener);
        } catch (java.io.IOException | RuntimeException e) {
            listener.warning("live training progress from the executors is off (" + e.getMessage()
                    + "); each fit's loss curve appears when it finishes");
            return null;
        }
    }

    private static FitRecord runOne(JavaSparkContext sc, String group, FitTask task, FitOrder order, TuneListener listener,
                                    ProgressChannel progress, CancellationToken cancel) {
        if (cancel.isCancelled()) {
            return null;
        }
        FitKey key = order.key();
        if (progress != null) {
            progress.started(order);
        }
        listener.fitStarted(key);
        long start = System.nanoTime();
        try {
            sc.setJobGroup(group, order.candidate().id() + " " + order.splitId(), true);
            List<String> out = sc.parallelize(List.of(FitOrderText.write(order)), 1).map(task).collect();
            FitRecord record = FitRecordJson.read(out.get(0));
            int streamed = progress == null ? 0 : progress.finished(order);
            replayEpochs(key, record, streamed, listener);
            return record;
        } catch (RuntimeException e) {
            if (progress != null) {
                progress.finished(order);
            }
            if (cancel.isCancelled()) {
                return null;
            }
            // the cluster gave up on the task (every attempt lost its executor, or the job could not be submitted)
            return new FitRecord(order.candidate().id(), order.values(), order.splitId(), order.seed(), FitStatus.FAILED,
                    "EXCEPTION", "the Spark cluster could not run this fit (" + firstLine(e) + "); run again with "
                    + "--resume --retry-failed once the cluster is healthy", Map.of(), null,
                    (System.nanoTime() - start) / 1_000_000, null);
        }
    }

    /**
     * The epochs of a finished fit that did not arrive live (all of them when the executor could not
     * reach the driver), as the training events a local worker would have sent while fitting.
     */
    private static void replayEpochs(FitKey key, FitRecord record, int streamed, TuneListener listener) {
        History h = record.history();
        if (h == null || h.epochs().size() <= streamed) {
            return;
        }
        if (streamed == 0) {
            listener.trainingStarted(key, h.epochs().size(), 0);
        }
        for (EpochMetrics e : h.epochs().subList(streamed, h.epochs().size())) {
            listener.epochFinished(key, e);
        }
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** The settings in force, for messages and tests. */
    Map<String, String> settings() {
        return new LinkedHashMap<>(settings);
    }

    /** The master given (null: spark-submit's). */
    String master() {
        return master;
    }
}
