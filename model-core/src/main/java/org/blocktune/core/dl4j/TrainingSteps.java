package org.blocktune.core.dl4j;

/**
 * What {@link Trainer}'s loop asks of a network for one fit: updates on batches of training rows,
 * outputs and losses in inference mode, and weight snapshots for early stopping. Two engines give it:
 * DL4J's own layers ({@link Dl4jSteps}) and BlockTune's array code for dense stacks ({@link FastSteps}).
 */
interface TrainingSteps {
    /** The engine's name as shown in logs and benchmarks: {@code fast} or {@code dl4j}. */
    String engine();

    /** One update on the given training rows; returns the batch's mean loss before the update. */
    double fitBatch(int[] rows);

    /** Outputs for every training row, in inference mode, {@code [row][column]}. */
    double[][] trainOutputs();

    /** Outputs for every validation row, in inference mode. */
    double[][] validationOutputs();

    /** The mean loss over the validation rows in inference mode. */
    double validationLoss();

    /** A copy of the weights. */
    Object snapshot();

    /** Puts back the weights of a {@link #snapshot()}. */
    void restore(Object snapshot);

    /** Frees a snapshot that is no longer needed. */
    void discard(Object snapshot);

    /** Training is over (completed, stopped or halted): the network holds the final weights afterwards. */
    void finish();
}
