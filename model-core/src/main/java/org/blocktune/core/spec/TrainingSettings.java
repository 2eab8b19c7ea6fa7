package org.blocktune.core.spec;

import java.util.List;

/**
 * The resolved {@code learn_rate}, {@code fit_*} and {@code compile_*} arguments of a candidate.
 *
 * @param learnRate       learning rate applied to the optimizer
 * @param optimizer       optimizer
 * @param losses          loss per output, in output order
 * @param metrics         metric names recorded per epoch
 * @param batchSize       examples per update
 * @param epochs          passes over the data
 * @param validationSplit fraction of rows held out for validation (last rows)
 * @param shuffle         shuffle before each epoch
 * @param classWeights    one weight per class, or empty for none ("balanced" is computed from the data later)
 * @param balancedClasses true when fit_class_weight = balanced
 * @param initialEpoch    epoch to start counting from
 * @param stepsPerEpoch   batches per epoch, 0 for all
 * @param validationFreq  validate every n epochs
 * @param verbose         0, 1 or 2
 * @param earlyStopping   early-stopping settings
 * @param lossWeights     weight per output, in output order
 * @param outputMetrics   metric names per output, in output order (one output: {@code metrics})
 */
public record TrainingSettings(double learnRate, Optimizer optimizer, List<Loss> losses, List<String> metrics,
                               int batchSize, int epochs, double validationSplit, boolean shuffle,
                               List<Double> classWeights, boolean balancedClasses, int initialEpoch,
                               int stepsPerEpoch, int validationFreq, int verbose, EarlyStopping earlyStopping,
                               List<Double> lossWeights, List<List<String>> outputMetrics) {

    public TrainingSettings {
        losses = List.copyOf(losses);
        metrics = List.copyOf(metrics);
        classWeights = List.copyOf(classWeights);
        lossWeights = List.copyOf(lossWeights);
        outputMetrics = outputMetrics == null ? java.util.Collections.nCopies(losses.size(), metrics)
                : outputMetrics.stream().map(List::copyOf).toList();
    }

    /** Settings whose every output records {@code metrics}. */
    public TrainingSettings(double learnRate, Optimizer optimizer, List<Loss> losses, List<String> metrics,
                            int batchSize, int epochs, double validationSplit, boolean shuffle,
                            List<Double> classWeights, boolean balancedClasses, int initialEpoch,
                            int stepsPerEpoch, int validationFreq, int verbose, EarlyStopping earlyStopping,
                            List<Double> lossWeights) {
        this(learnRate, optimizer, losses, metrics, batchSize, epochs, validationSplit, shuffle, classWeights,
                balancedClasses, initialEpoch, stepsPerEpoch, validationFreq, verbose, earlyStopping, lossWeights, null);
    }

    /** These settings with other class weights. */
    public TrainingSettings withClassWeights(List<Double> weights) {
        return new TrainingSettings(learnRate, optimizer, losses, metrics, batchSize, epochs, validationSplit, shuffle,
                weights, true, initialEpoch, stepsPerEpoch, validationFreq, verbose, earlyStopping, lossWeights,
                outputMetrics);
    }
}
