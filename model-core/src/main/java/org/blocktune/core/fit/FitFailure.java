package org.blocktune.core.fit;

/**
 * A fit that could not complete, with a plain message for the user. Thrown for user-caused and
 * resource problems, never for programmer errors.
 */
public final class FitFailure extends Exception {
    /** What went wrong. */
    public enum Kind {
        /** The candidate's values do not give a valid network (dry-run error). */
        INVALID_SPEC,
        /** The data does not fit the spec or the recipe failed. */
        DATA,
        /** The loss became NaN or infinite. */
        DIVERGED,
        /** The candidate needed more memory than the JVM or the native allocator had. */
        OUT_OF_MEMORY,
        /** The cancellation token was set. */
        CANCELLED,
        /** Anything else DL4J threw, explained as far as possible. */
        ERROR
    }

    private final Kind kind;

    public FitFailure(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public FitFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
