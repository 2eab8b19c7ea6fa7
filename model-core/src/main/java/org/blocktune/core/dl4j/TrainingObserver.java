package org.blocktune.core.dl4j;

import java.util.Map;

/** Watches the training loop and can stop it; called on the training thread. */
public interface TrainingObserver {

    /** Training starts: {@code epochs} epochs of {@code batches} batches each. */
    default void started(int epochs, int batches) { }

    /** A batch finished with this training loss. */
    default void batchFinished(int epoch, int batch, double loss) { }

    /** An epoch finished with these values (Keras keys: loss, val_loss, accuracy, val_accuracy, ...). */
    default void epochFinished(int epoch, Map<String, Double> values) { }

    /** Checked before every batch; true stops training with {@link TrainingHalted.Reason#CANCELLED}. */
    default boolean cancelled() {
        return false;
    }
}
