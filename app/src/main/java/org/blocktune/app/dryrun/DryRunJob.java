package org.blocktune.app.dryrun;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.blocktune.core.compile.CompileGrid;
import org.blocktune.core.compile.CompileGridResult;
import org.blocktune.core.compile.CompiledRow;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Spec;
import org.blocktune.core.task.CancellationToken;

/**
 * One dry run ({@link CompileGrid#run}) as a JavaFX {@link Task}: progress and a message per row,
 * finished rows handed to the FX thread in batches as they come, and {@link #stop} cancelling
 * through the core's {@link CancellationToken} (the rows done so far are kept).
 */
final class DryRunJob extends Task<CompileGridResult> {
    private final Spec spec;
    private final Map<String, Object> fixed;
    private final List<Map<String, Object>> rows;
    private final DataShape data;
    private final long seed;
    private final CancellationToken token = new CancellationToken();
    private final ConcurrentLinkedQueue<CompiledRow> done = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPending = new AtomicBoolean();
    private final Consumer<List<CompiledRow>> onRows;

    DryRunJob(Spec spec, Map<String, Object> fixed, List<Map<String, Object>> rows, DataShape data, long seed,
              Consumer<List<CompiledRow>> onRows) {
        this.spec = spec;
        this.fixed = Map.copyOf(fixed);
        this.rows = List.copyOf(rows);
        this.data = data;
        this.seed = seed;
        this.onRows = onRows;
    }

    /** Asks the run to stop after the row in progress. */
    void stop() {
        token.cancel();
        updateMessage("Cancelling…");
    }

    boolean stopping() {
        return token.isCancelled();
    }

    @Override
    protected CompileGridResult call() {
        updateMessage("Starting the engine…");
        updateProgress(-1, 1);
        return CompileGrid.run(spec, fixed, rows, data, seed, (row, n, total) -> {
            done.add(row);
            updateProgress(n, total);
            if (!token.isCancelled()) {
                updateMessage(n + " of " + total + " built");
            }
            if (drainPending.compareAndSet(false, true)) {
                Platform.runLater(this::drain);
            }
        }, token);
    }

    /** Hands the rows finished so far to the screen (FX thread). */
    void drain() {
        drainPending.set(false);
        List<CompiledRow> batch = new ArrayList<>();
        for (CompiledRow r; (r = done.poll()) != null; ) {
            batch.add(r);
        }
        if (!batch.isEmpty()) {
            onRows.accept(batch);
        }
    }
}
