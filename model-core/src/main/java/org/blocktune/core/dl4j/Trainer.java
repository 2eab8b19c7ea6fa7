package org.blocktune.core.dl4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.blocktune.core.random.SeededRandom;
import org.blocktune.core.spec.EarlyStopping;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * BlockTune's minibatch training loop, with Keras semantics: per epoch the training rows are
 * (re)shuffled, cut into batches of {@code batchSize} (the last one smaller), and each batch is one
 * update. Cancellation and a NaN/infinite loss are checked after every batch. Per epoch it records
 * {@code loss} (the row-weighted mean of the batch losses), the compile metrics on the training rows
 * (computed after the epoch in inference mode), and with validation data {@code val_loss} and
 * {@code val_} metrics. Same plan and data on the same thread settings give the same numbers.
 *
 * <p>The steps run on one of two engines ({@link #ENGINE_PROPERTY}): BlockTune's array code for the
 * dense stacks it computes exactly as DL4J would ({@code FastStack}, tens of times faster on small
 * networks), or DL4J's own layers for every other network.
 */
public final class Trainer {
    static {
        JavaCppLimits.relax(); // before ND4J loads: JavaCPP reads its settings only once
    }

    /**
     * System property choosing the training engine: {@code auto} (the default: BlockTune's array code
     * for the dense stacks it covers, DL4J's layers for everything else), {@code dl4j} (always DL4J) or
     * {@code fast} (the array code, and an error for a network it does not cover).
     */
    public static final String ENGINE_PROPERTY = "blocktune.engine";
    /** Mixed into the request seed for the row shuffles, so they differ from the weight initialisation. */
    private static final long SHUFFLE_STREAM = 0x6A09E667F3BCC909L;

    private Trainer() {
    }

    /**
     * Trains {@code net} on {@code train}.
     *
     * @param validation held-out rows, or null
     * @throws TrainingHalted when the loss diverges, memory runs out or the observer cancels
     */
    public static TrainingOutcome train(TrainedNetwork net, NetworkData train, NetworkData validation,
                                        TrainingPlan plan, TrainingObserver observer) throws TrainingHalted {
        NativeThreads.useOnThisThread();
        try {
            return run(net, train, validation, plan, observer);
        } catch (OutOfMemoryError | RuntimeException e) {
            if (NativeMemory.isExhausted(e)) {
                freeMemory();
                throw new TrainingHalted(TrainingHalted.Reason.OUT_OF_MEMORY, outOfMemory(net), e);
            }
            throw e;
        }
    }

    /** Frees the calling thread's ND4J workspaces (after a failure or at the end of a fit). */
    public static void freeMemory() {
        try (var s = NativeReclaimer.section()) {
            Nd4j.getWorkspaceManager().destroyAllWorkspacesForCurrentThread();
        }
    }

    private static TrainingOutcome run(TrainedNetwork net, NetworkData train, NetworkData validation,
                                       TrainingPlan plan, TrainingObserver observer) throws TrainingHalted {
        Nd4j.getRandom().setSeed(plan.seed());
        String engine = System.getProperty(ENGINE_PROPERTY, "auto").trim();
        TrainingSteps steps = FastSteps.tryCreate(net, train, validation, plan, engine);
        if (steps == null && engine.equalsIgnoreCase("fast")) {
            throw new IllegalStateException("-D" + ENGINE_PROPERTY + "=fast, but this network is not a dense stack the"
                    + " fast engine covers (see FastStack)" + (train.outputs() > 1 ? ": it has " + train.outputs()
                    + " outputs, and networks with several outputs train through DL4J's ComputationGraph" : "")
                    + "; use auto to train it through DL4J");
        }
        if (steps == null) {
            steps = new Dl4jSteps(net, train, validation, plan.hingePerOutput());
        }
        try {
            return loop(steps, train, validation, plan, observer);
        } finally {
            steps.finish();
        }
    }

    private static TrainingOutcome loop(TrainingSteps net, NetworkData train, NetworkData validation,
                                        TrainingPlan plan, TrainingObserver observer) throws TrainingHalted {
        int n = train.rows();
        int batches = (n + plan.batchSize() - 1) / plan.batchSize();
        int steps = plan.stepsPerEpoch() > 0 ? Math.min(plan.stepsPerEpoch(), batches) : batches;
        double[][] trainTruth = train.labelRows();
        double[][] valTruth = validation == null ? null : validation.labelRows();

        EarlyStopping es = plan.earlyStopping();
        String note = "";
        EarlyStopper stopper = null;
        if (es.enabled()) {
            String monitor = es.monitor();
            if (monitor.startsWith("val_") && validation == null) {
                note = " (monitored " + monitor.substring(4) + " instead of " + monitor
                        + " because there is no validation data)";
                monitor = monitor.substring(4);
            }
            stopper = new EarlyStopper(monitor, es.patience(), es.minDelta(), plan.initialEpoch() + 1);
        }
        Object bestParams = null;
        SeededRandom shuffler = new SeededRandom(plan.seed() ^ SHUFFLE_STREAM);
        int[] order = IntStream.range(0, n).toArray();
        List<EpochResult> record = new ArrayList<>();
        observer.started(plan.epochsToRun(), steps);
        String stopReason = null;
        int holding = plan.initialEpoch();
        try {
            for (int epoch = plan.initialEpoch() + 1; epoch <= plan.epochs(); epoch++) {
                if (plan.shuffle()) {
                    order = shuffler.permutation(n);
                }
                double lossSum = 0;
                long seen = 0;
                for (int b = 0; b < steps; b++) {
                    if (observer.cancelled()) {
                        throw new TrainingHalted(TrainingHalted.Reason.CANCELLED,
                                "the fit was cancelled in epoch " + epoch + ", batch " + (b + 1), null);
                    }
                    int[] rows = Arrays.copyOfRange(order, b * plan.batchSize(), Math.min(n, (b + 1) * plan.batchSize()));
                    double loss = net.fitBatch(rows);
                    if (!Double.isFinite(loss)) {
                        throw new TrainingHalted(TrainingHalted.Reason.DIVERGED, "the loss became "
                                + (Double.isNaN(loss) ? "NaN" : "infinite") + " in epoch " + epoch + ", batch " + (b + 1)
                                + "; try a smaller learn_rate or normalise the predictors", null);
                    }
                    lossSum += loss * rows.length;
                    seen += rows.length;
                    observer.batchFinished(epoch, b + 1, loss);
                }
                Map<String, Double> values = new LinkedHashMap<>();
                values.put("loss", lossSum / seen);
                if (!plan.metrics().isEmpty()) {
                    metrics(plan, net.trainOutputs(), trainTruth, "", values);
                }
                if (validation != null && epoch % plan.validationFreq() == 0) {
                    values.put("val_loss", net.validationLoss());
                    if (!plan.metrics().isEmpty()) {
                        metrics(plan, net.validationOutputs(), valTruth, "val_", values);
                    }
                }
                record.add(new EpochResult(epoch, values));
                holding = epoch;
                observer.epochFinished(epoch, values);
                if (stopper == null) {
                    continue;
                }
                EarlyStopper.Verdict v = stopper.observe(epoch, values.get(stopper.monitor()));
                if (v == EarlyStopper.Verdict.IMPROVED && es.restoreBest()) {
                    if (bestParams != null) {
                        net.discard(bestParams);
                    }
                    bestParams = net.snapshot();
                } else if (v == EarlyStopper.Verdict.STOP) {
                    stopReason = "early stopping in epoch " + epoch + ": " + stopper.monitor() + " did not improve for "
                            + stopper.waited() + " epoch(s) (best " + String.format(Locale.ROOT, "%.6g",
                            stopper.best()) + " in epoch " + stopper.bestEpoch() + ")" + note;
                    if (es.restoreBest() && bestParams != null) {
                        net.restore(bestParams);
                        holding = stopper.bestEpoch();
                        stopReason += "; restored the weights of epoch " + holding;
                    }
                    break;
                }
            }
        } finally {
            if (bestParams != null) {
                net.discard(bestParams);
            }
        }
        if (stopReason == null) {
            stopReason = "completed " + plan.epochs() + " epochs" + (plan.initialEpoch() > 0
                    ? " (" + record.size() + " trained from epoch " + (plan.initialEpoch() + 1) + ")" : "") + note;
        }
        return new TrainingOutcome(record, stopReason, holding, net.engine());
    }

    /** The compile metrics of one output, or of each of several ({@code <output>_<metric>}, Keras' names). */
    private static void metrics(TrainingPlan plan, double[][] outputs, double[][] truth, String prefix,
                                Map<String, Double> values) {
        if (plan.heads().isEmpty()) {
            EpochMetricValues.compute(plan.metrics(), outputs, truth, plan.classification(), prefix, values);
            return;
        }
        int at = 0;
        for (TrainingPlan.Head h : plan.heads()) {
            EpochMetricValues.compute(h.metrics(), columns(outputs, at, h.width()), columns(truth, at, h.width()),
                    h.classification(), prefix + h.name() + "_", values);
            at += h.width();
        }
    }

    private static double[][] columns(double[][] rows, int from, int width) {
        double[][] out = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = Arrays.copyOfRange(rows[r], from, from + width);
        }
        return out;
    }

    private static String outOfMemory(TrainedNetwork net) {
        long params;
        try {
            params = net.numParams();
        } catch (RuntimeException e) {
            params = -1;
        }
        return "ran out of memory while training"
                + (params < 0 ? "" : " a network of " + String.format("%,d", params) + " parameters")
                + "; use a smaller fit_batch_size or fewer units and layers, or give BlockTune more memory (-Xmx)";
    }
}
