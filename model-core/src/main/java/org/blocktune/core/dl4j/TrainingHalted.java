package org.blocktune.core.dl4j;

/** Training stopped before its end for a reason the user can act on; the message says what to do. */
public final class TrainingHalted extends Exception {
    /** Why training stopped. */
    public enum Reason {
        /** The training loss became NaN or infinite. */
        DIVERGED,
        /** The JVM or the native allocator ran out of memory. */
        OUT_OF_MEMORY,
        /** The observer asked to stop. */
        CANCELLED
    }

    private final Reason reason;

    public TrainingHalted(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
