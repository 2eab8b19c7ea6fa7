package org.blocktune.core.fit;

/** Progress of one fit; called on the fitting thread. All methods do nothing by default. */
public interface FitListener {
    /** A listener that ignores everything. */
    FitListener NONE = new FitListener() { };

    /** Training starts: {@code epochs} epochs of {@code batches} batches each. */
    default void started(int epochs, int batches) { }

    /** A batch finished with this training loss. */
    default void batchFinished(int epoch, int batch, double loss) { }

    /** An epoch finished. */
    default void epochFinished(EpochMetrics metrics) { }
}
