package org.blocktune.core.dl4j;

import java.util.List;
import org.blocktune.core.spec.EarlyStopping;
import org.blocktune.core.spec.Loss;
import org.blocktune.core.spec.TrainingSettings;

/**
 * How the training loop runs, with Keras semantics.
 *
 * @param batchSize       rows per update
 * @param epochs          last epoch number; epochs {@code initialEpoch + 1 .. epochs} are trained
 * @param initialEpoch    epochs already done
 * @param stepsPerEpoch   batches per epoch, 0 for a full pass (never more than one pass over the rows)
 * @param validationFreq  validate in every epoch whose number is a multiple of this
 * @param shuffle         reshuffle the training rows before every epoch
 * @param seed            seed for the shuffles and for ND4J's random numbers (dropout)
 * @param metrics         compile metric names recorded per epoch
 * @param classification  whether the outcome is categorical
 * @param hingeLabels     feed labels as −1/+1 (hinge and squared hinge losses)
 * @param earlyStopping   early-stopping settings
 */
public record TrainingPlan(int batchSize, int epochs, int initialEpoch, int stepsPerEpoch, int validationFreq,
                           boolean shuffle, long seed, List<String> metrics, boolean classification,
                           boolean hingeLabels, EarlyStopping earlyStopping) {

    public TrainingPlan {
        metrics = List.copyOf(metrics);
    }

    /** The plan for resolved training settings. */
    public static TrainingPlan of(TrainingSettings t, boolean classification, long seed) {
        boolean hinge = t.losses().stream().anyMatch(l -> l == Loss.HINGE || l == Loss.SQUARED_HINGE);
        return new TrainingPlan(t.batchSize(), t.epochs(), t.initialEpoch(), t.stepsPerEpoch(), t.validationFreq(),
                t.shuffle(), seed, t.metrics(), classification, hinge, t.earlyStopping());
    }

    /** Number of epochs this plan trains. */
    public int epochsToRun() {
        return Math.max(0, epochs - initialEpoch);
    }
}
