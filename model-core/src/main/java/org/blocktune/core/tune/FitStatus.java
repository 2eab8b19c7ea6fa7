package org.blocktune.core.tune;

/** How a recorded fit ended. Cancelled fits are never recorded: a resume runs them again. */
public enum FitStatus {
    /** Fitted and scored. */
    OK,
    /** The dry run rejected the candidate, the fit failed, or something unexpected was thrown. */
    FAILED,
    /**
     * Never fitted: a race eliminated the candidate on an earlier resample (the message says when and
     * why). Written for each resample the candidate skips.
     */
    ELIMINATED,
    /**
     * Stopped during training by the median pruner (the history holds the epochs trained, the message
     * the comparison); not scored.
     */
    PRUNED
}
