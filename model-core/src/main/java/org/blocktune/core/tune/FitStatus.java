package org.blocktune.core.tune;

/** How a recorded fit ended. Cancelled fits are never recorded: a resume runs them again. */
public enum FitStatus {
    /** Fitted and scored. */
    OK,
    /** The dry run rejected the candidate, the fit failed, or something unexpected was thrown. */
    FAILED
}
