package org.blocktune.core.fit;

import org.blocktune.core.data.Table;
import org.blocktune.core.task.CancellationToken;

/** Fits one candidate on a table: prep the recipe, bake, build the network, train. */
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
        throw new UnsupportedOperationException("API skeleton: implemented on the fit branch");
    }

    /** Divides the native math library's threads among {@code workers} fits running at once (call before a run). */
    public static void useWorkers(int workers) {
        throw new UnsupportedOperationException("API skeleton: implemented on the fit branch");
    }
}
