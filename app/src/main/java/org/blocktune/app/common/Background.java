package org.blocktune.app.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one place the workbench starts threads: engine work (loading data, preparing recipes,
 * making grids, dry runs) runs here, never on the FX thread. Threads are daemons so an unfinished
 * job never keeps the application alive.
 */
public final class Background {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "blocktune-work-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private Background() {
    }

    /** Runs {@code work} (e.g. a {@link javafx.concurrent.Task}) on a background thread. */
    public static void run(Runnable work) {
        EXECUTOR.execute(work);
    }
}
