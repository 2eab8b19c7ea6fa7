package org.blocktune.core.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.Task;
import org.blocktune.core.data.recipe.PreppedRecipe;
import org.blocktune.core.dl4j.CompiledNetwork;
import org.blocktune.core.dl4j.Dl4jErrors;
import org.blocktune.core.dl4j.EpochResult;
import org.blocktune.core.dl4j.InputLayout;
import org.blocktune.core.dl4j.NativeMemory;
import org.blocktune.core.dl4j.NativeThreads;
import org.blocktune.core.dl4j.NetworkCompiler;
import org.blocktune.core.dl4j.NetworkData;
import org.blocktune.core.dl4j.TrainedNetwork;
import org.blocktune.core.dl4j.Trainer;
import org.blocktune.core.dl4j.TrainingHalted;
import org.blocktune.core.dl4j.TrainingObserver;
import org.blocktune.core.dl4j.TrainingOutcome;
import org.blocktune.core.dl4j.TrainingPlan;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Resolution;
import org.blocktune.core.spec.SpecResolver;
import org.blocktune.core.spec.TrainingSettings;
import org.blocktune.core.task.CancellationToken;

/**
 * Fits one candidate on a table: prep the recipe, bake, build the network, train. Keras semantics:
 * {@code fit_validation_split} holds out the last rows (before any shuffling), {@code fit_shuffle}
 * reshuffles the other rows every epoch, {@code fit_class_weight = balanced} weighs class c by
 * {@code rows / (classes × rows of c)} counted on the training rows. One request on the same data
 * gives the same history and predictions.
 */
public final class ModelFitter {
    private ModelFitter() {
    }

    /**
     * Fits {@code request} on {@code training} (raw data with outcome columns). The recipe is
     * prepared on {@code training} only. Honours {@code cancel} between batches.
     *
     * @throws FitFailure for an invalid candidate, bad data, a diverging loss, too little memory, or cancellation
     */
    public static FittedModel fit(FitRequest request, Table training, FitListener listener, CancellationToken cancel)
            throws FitFailure {
        return fit(request, training, null, listener, cancel);
    }

    /**
     * {@link #fit(FitRequest, Table, FitListener, CancellationToken)} that also scores {@code watched}
     * (raw rows, baked with the recipe prepared on {@code training}) after every epoch as the
     * {@code val_*} values, when the fit has no validation split of its own. The tuner's median pruner
     * watches a fit's assessment rows this way; training itself is unchanged.
     */
    public static FittedModel fit(FitRequest request, Table training, Table watched, FitListener listener,
                                  CancellationToken cancel) throws FitFailure {
        FitListener events = listener == null ? FitListener.NONE : listener;
        CancellationToken token = cancel == null ? CancellationToken.none() : cancel;
        if (token.isCancelled()) {
            throw new FitFailure(FitFailure.Kind.CANCELLED, "the fit was cancelled before it started");
        }
        NativeThreads.useOnThisThread(); // OpenMP's thread count is per thread: apply it where the ops run
        PreppedRecipe prepped;
        Table baked;
        try {
            prepped = request.recipe().prep(training, request.roles());
            baked = prepped.bake(training);
        } catch (RuntimeException e) {
            throw new FitFailure(FitFailure.Kind.DATA, "the recipe could not be applied to the training data: "
                    + e.getMessage(), e);
        }
        Roles roles = prepped.bakedRoles();
        Candidate candidate = resolve(request, baked, roles);
        Resolution resolution = candidate.resolution();
        TrainingSettings settings = resolution.training();
        int n = baked.rowCount();
        int split = trainingRows(n, settings.validationSplit());
        Table trainRows = split == n ? baked : baked.rows(IntStream.range(0, split).toArray());
        Table validationRows = split == n ? null : baked.rows(IntStream.range(split, n).toArray());
        if (validationRows == null && watched != null && watched.rowCount() > 0) {
            try {
                validationRows = prepped.bake(watched);
            } catch (RuntimeException e) {
                throw new FitFailure(FitFailure.Kind.DATA, "the recipe could not be applied to the rows scored during "
                        + "training: " + e.getMessage(), e);
            }
        }
        Task task = roles.task(baked);
        if (settings.balancedClasses()) {
            resolution = withClassWeights(resolution, ClassWeights.balanced(
                    trainRows.categorical(roles.outcomes().get(0))));
            settings = resolution.training();
        }
        InputLayout layout = InputLayout.of(resolution.network(), candidate.shape());
        List<ModelOutput> outputs = outputs(resolution, candidate.shape(), roles, baked);
        List<List<String>> outputColumns = outputs.stream().map(ModelOutput::columns).toList();
        NetworkData train = null;
        NetworkData validation = null;
        boolean done = false;
        try {
            try {
                train = NetworkData.of(trainRows, roles, layout, outputColumns);
                validation = validationRows == null ? null
                        : NetworkData.of(validationRows, roles, layout, outputColumns);
            } catch (IllegalArgumentException e) {
                throw new FitFailure(FitFailure.Kind.DATA, "the baked data could not be converted for the network: "
                        + e.getMessage(), e);
            } catch (OutOfMemoryError e) {
                throw new FitFailure(FitFailure.Kind.OUT_OF_MEMORY, "ran out of memory while converting " + n
                        + " rows for the network; use fewer rows or give BlockTune more memory (-Xmx)", e);
            }
            TrainedNetwork network = TrainedNetwork.of(compile(resolution, candidate.shape(), request.seed()), layout);
            TrainingPlan plan = TrainingPlan.of(settings, outcomesInOrder(resolution, candidate.shape()), request.seed());
            TrainingOutcome outcome;
            try {
                outcome = Trainer.train(network, train, validation, plan, observer(events, token));
            } catch (TrainingHalted h) {
                network.close();
                throw new FitFailure(kind(h.reason()), h.getMessage(), h);
            } catch (RuntimeException e) {
                network.close();
                throw new FitFailure(FitFailure.Kind.ERROR, Dl4jErrors.explainTraining(e, resolution.network()), e);
            }
            done = true;
            return new FittedNetworkModel(request, prepped, task, outputs.get(0).levels(), history(outcome), network,
                    outputs);
        } finally {
            if (train != null) {
                train.close();
            }
            if (validation != null) {
                validation.close();
            }
            if (!done) {
                Trainer.freeMemory();
            }
        }
    }

    /**
     * Chooses the native math library's threads per operation for {@code workers} fits running at once
     * (call before a run; see {@link NativeThreads}); every later fit applies the count on its own thread.
     */
    public static void useWorkers(int workers) {
        NativeThreads.chooseFor(workers);
    }

    /** The outcome of each network output, by outcome name, in the network's output order. */
    private static Map<String, org.blocktune.core.spec.OutcomeShape> outcomesInOrder(Resolution r, DataShape shape) {
        Map<String, org.blocktune.core.spec.OutcomeShape> out = new java.util.LinkedHashMap<>();
        r.network().outputs().values().forEach(o -> out.put(o, shape.outputs().get(o)));
        return out;
    }

    /** What each network output predicts, in the network's output order. */
    static List<ModelOutput> outputs(Resolution r, DataShape shape, Roles roles, Table baked) {
        List<ModelOutput> out = new ArrayList<>();
        for (String name : r.network().outputs().values()) {
            List<String> columns = roles.outcomes().contains(name) ? List.of(name) : roles.outcomes();
            boolean classes = shape.outputs().get(name).classification();
            out.add(new ModelOutput(name, columns, classes ? baked.categorical(columns.get(0)).levels() : List.of()));
        }
        return out;
    }

    /** The resolution and the data shapes it was resolved against. */
    private record Candidate(Resolution resolution, DataShape shape) {
    }

    private static Candidate resolve(FitRequest request, Table baked, Roles roles) throws FitFailure {
        try {
            boolean separate = DataShapes.separateOutputs(request.spec(), baked, roles);
            DataShape asImages = DataShapes.of(baked, roles, true, separate);
            Resolution first = SpecResolver.resolve(request.spec(), request.values(), asImages);
            if (!first.ok() && DataShapes.hasTwoDimTensor(baked, roles)) {
                DataShape asSequences = DataShapes.of(baked, roles, false, separate);
                Resolution second = SpecResolver.resolve(request.spec(), request.values(), asSequences);
                if (second.ok()) {
                    return checked(new Candidate(second, asSequences));
                }
            }
            if (!first.ok()) {
                throw new FitFailure(FitFailure.Kind.INVALID_SPEC, first.errorMessage());
            }
            return checked(new Candidate(first, asImages));
        } catch (IllegalArgumentException e) {
            throw new FitFailure(FitFailure.Kind.DATA, e.getMessage(), e);
        }
    }

    private static Candidate checked(Candidate c) throws FitFailure {
        TrainingSettings t = c.resolution().training();
        if (t.initialEpoch() >= t.epochs()) {
            throw new FitFailure(FitFailure.Kind.INVALID_SPEC, "fit_initial_epoch (" + t.initialEpoch()
                    + ") must be smaller than fit_epochs (" + t.epochs() + "), otherwise no epoch is trained; "
                    + "lower fit_initial_epoch or raise fit_epochs");
        }
        return c;
    }

    /** Rows kept for training under Keras' rule: the first floor(n × (1 − split)) rows. */
    private static int trainingRows(int n, double validationSplit) throws FitFailure {
        if (validationSplit <= 0) {
            if (n == 0) {
                throw new FitFailure(FitFailure.Kind.DATA, "the training data has no rows");
            }
            return n;
        }
        int split = (int) Math.floor(n * (1.0 - validationSplit));
        if (split < 1 || split >= n) {
            throw new FitFailure(FitFailure.Kind.DATA, "fit_validation_split = " + validationSplit + " on " + n
                    + " rows leaves " + (split < 1 ? "no training rows" : "no validation rows")
                    + "; choose a split between " + String.format(java.util.Locale.ROOT, "%.3g", 1.0 / n)
                    + " and " + String.format(java.util.Locale.ROOT, "%.3g", 1.0 - 1.0 / n) + ", or 0 for none");
        }
        return split;
    }

    private static Resolution withClassWeights(Resolution r, List<Double> weights) {
        TrainingSettings t = r.training();
        TrainingSettings w = t.withClassWeights(weights);
        return new Resolution(r.spec(), r.values(), r.network(), w, r.problems());
    }

    private static CompiledNetwork compile(Resolution resolution, DataShape shape, long seed) throws FitFailure {
        try {
            return NetworkCompiler.compile(resolution, shape, seed);
        } catch (OutOfMemoryError | RuntimeException e) {
            if (NativeMemory.isExhausted(e)) {
                throw new FitFailure(FitFailure.Kind.OUT_OF_MEMORY, "ran out of memory while building a network of "
                        + String.format("%,d", resolution.network().totalParams()) + " parameters; use fewer units "
                        + "or layers, or give BlockTune more memory (-Xmx)", e);
            }
            throw new FitFailure(FitFailure.Kind.ERROR, Dl4jErrors.explain(e, resolution.network()), e);
        }
    }

    private static TrainingObserver observer(FitListener listener, CancellationToken cancel) {
        return new TrainingObserver() {
            @Override
            public void started(int epochs, int batches) {
                listener.started(epochs, batches);
            }

            @Override
            public void batchFinished(int epoch, int batch, double loss) {
                listener.batchFinished(epoch, batch, loss);
            }

            @Override
            public void epochFinished(int epoch, Map<String, Double> values) {
                listener.epochFinished(new EpochMetrics(epoch, values));
            }

            @Override
            public boolean cancelled() {
                return cancel.isCancelled();
            }
        };
    }

    private static History history(TrainingOutcome outcome) {
        List<EpochMetrics> epochs = new ArrayList<>();
        for (EpochResult e : outcome.epochs()) {
            epochs.add(new EpochMetrics(e.epoch(), e.values()));
        }
        return new History(epochs, outcome.stopReason(), outcome.bestEpoch());
    }

    private static FitFailure.Kind kind(TrainingHalted.Reason reason) {
        return switch (reason) {
            case DIVERGED -> FitFailure.Kind.DIVERGED;
            case OUT_OF_MEMORY -> FitFailure.Kind.OUT_OF_MEMORY;
            case CANCELLED -> FitFailure.Kind.CANCELLED;
        };
    }
}
