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
 */
public final class Trainer {
    static {
        JavaCppLimits.relax(); // before ND4J loads: JavaCPP reads its settings only once
    }

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
        int n = train.rows();
        int batches = (n + plan.batchSize() - 1) / plan.batchSize();
        int steps = plan.stepsPerEpoch() > 0 ? Math.min(plan.stepsPerEpoch(), batches) : batches;
        INDArray trainLabels = plan.hingeLabels() ? hinge(train.labels()) : train.labels();
        INDArray valLabels = validation == null ? null
                : plan.hingeLabels() ? hinge(validation.labels()) : validation.labels();
        double[][] trainTruth = HostCopies.rows(train.labels());
        double[][] valTruth = validation == null ? null : HostCopies.rows(validation.labels());

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
        INDArray bestParams = null;
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
                    double loss = fitBatch(net, train, trainLabels, rows);
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
                metrics(net, train.features(), trainTruth, plan, "", values);
                if (validation != null && epoch % plan.validationFreq() == 0) {
                    values.put("val_loss", net.score(validation.features(), valLabels));
                    metrics(net, validation.features(), valTruth, plan, "val_", values);
                }
                record.add(new EpochResult(epoch, values));
                holding = epoch;
                observer.epochFinished(epoch, values);
                if (stopper == null) {
                    continue;
                }
                EarlyStopper.Verdict v = stopper.observe(epoch, values.get(stopper.monitor()));
                if (v == EarlyStopper.Verdict.IMPROVED && es.restoreBest()) {
                    NetworkData.release(bestParams);
                    bestParams = net.copyParams();
                } else if (v == EarlyStopper.Verdict.STOP) {
                    stopReason = "early stopping in epoch " + epoch + ": " + stopper.monitor() + " did not improve for "
                            + stopper.waited() + " epoch(s) (best " + String.format(Locale.ROOT, "%.6g",
                            stopper.best()) + " in epoch " + stopper.bestEpoch() + ")" + note;
                    if (es.restoreBest() && bestParams != null) {
                        net.setParams(bestParams);
                        holding = stopper.bestEpoch();
                        stopReason += "; restored the weights of epoch " + holding;
                    }
                    break;
                }
            }
        } finally {
            NetworkData.release(bestParams);
            if (plan.hingeLabels()) {
                NetworkData.release(trainLabels);
                NetworkData.release(valLabels);
            }
        }
        if (stopReason == null) {
            stopReason = "completed " + plan.epochs() + " epochs" + (plan.initialEpoch() > 0
                    ? " (" + record.size() + " trained from epoch " + (plan.initialEpoch() + 1) + ")" : "") + note;
        }
        return new TrainingOutcome(record, stopReason, holding);
    }

    private static void metrics(TrainedNetwork net, INDArray[] features, double[][] truth, TrainingPlan plan,
                                String prefix, Map<String, Double> out) {
        if (plan.metrics().isEmpty()) {
            return;
        }
        double[][] predicted;
        try (var s = NativeReclaimer.section()) {
            INDArray output = net.output(features);
            try {
                predicted = HostCopies.rows(output);
            } finally {
                NetworkData.release(output);
            }
        }
        EpochMetricValues.compute(plan.metrics(), predicted, truth, plan.classification(), prefix, out);
    }

    /** One update on the given training rows; returns the batch loss. */
    private static double fitBatch(TrainedNetwork net, NetworkData train, INDArray labels, int[] rows) {
        try (var s = NativeReclaimer.section()) {
            INDArray[] f = train.features(rows);
            INDArray l = NetworkData.rows(labels, rows);
            double loss = net.fitBatch(f, l);
            for (INDArray a : f) {
                NetworkData.release(a);
            }
            NetworkData.release(l);
            return loss;
        }
    }

    /** One-hot 0/1 labels as −1/+1, as DL4J's hinge losses expect. */
    private static INDArray hinge(INDArray labels) {
        try (var s = NativeReclaimer.section()) {
            return labels.mul(2).subi(1);
        }
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
