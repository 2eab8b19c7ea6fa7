package org.blocktune.core.task;

import java.util.concurrent.atomic.AtomicBoolean;

/** Lets a caller stop long work; the work checks it between steps. Thread-safe. */
public final class CancellationToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** A token nobody will cancel. */
    public static CancellationToken none() {
        return new CancellationToken();
    }

    /** Asks the work to stop as soon as it can. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
