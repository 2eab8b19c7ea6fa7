package org.blocktune.core.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blocktune.core.dl4j.CompiledNetwork;
import org.blocktune.core.dl4j.Dl4jErrors;
import org.blocktune.core.dl4j.NativeMemory;
import org.blocktune.core.dl4j.NetworkCompiler;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Problem;
import org.blocktune.core.spec.Resolution;
import org.blocktune.core.spec.Spec;
import org.blocktune.core.spec.SpecResolver;
import org.blocktune.core.task.CancellationToken;

/**
 * The dry run (kerasnip {@code compile_keras_grid()}): for every grid row, resolve the arguments,
 * check the network, then build and initialise it with DL4J without training. A failing row never
 * stops the others. Networks are dropped as soon as they are counted, so memory stays flat.
 */
public final class CompileGrid {

    /** Receives progress; called on the dry-run thread. */
    @FunctionalInterface
    public interface Listener {
        /** Called after each row. */
        void rowDone(CompiledRow row, int done, int total);
    }

    private CompileGrid() {
    }

    /**
     * Dry-runs every row.
     *
     * @param spec   the spec
     * @param fixed  argument values shared by every row (a row's own values win)
     * @param grid   the rows; an empty list is an error (use one empty row to build the spec as it is)
     * @param data   input and outcome shapes
     * @param seed   seed for weight initialisation
     */
    public static CompileGridResult run(Spec spec, Map<String, ?> fixed, List<? extends Map<String, ?>> grid,
                                        DataShape data, long seed, Listener listener, CancellationToken cancel) {
        if (grid.isEmpty()) {
            throw new IllegalArgumentException("the grid has no rows; use one empty row to build the spec with its "
                    + "current arguments and no variation");
        }
        List<CompiledRow> rows = new ArrayList<>(grid.size());
        for (int i = 0; i < grid.size(); i++) {
            if (cancel.isCancelled()) {
                return new CompileGridResult(rows, true);
            }
            CompiledRow row = compileRow(i, spec, fixed, grid.get(i), data, seed);
            rows.add(row);
            if (listener != null) {
                listener.rowDone(row, i + 1, grid.size());
            }
        }
        return new CompileGridResult(rows, false);
    }

    /** Dry-runs one set of values (e.g. the spec with its current arguments). */
    public static CompiledRow compileRow(int index, Spec spec, Map<String, ?> fixed, Map<String, ?> row,
                                         DataShape data, long seed) {
        Map<String, Object> values = new LinkedHashMap<>(fixed);
        values.putAll(row);
        Map<String, Object> own = new LinkedHashMap<>(row);
        Resolution r = SpecResolver.resolve(spec, values, data);
        if (!r.ok()) {
            return new CompiledRow(index, own, false, 0, null, r.problems(), r.errorMessage());
        }
        List<Problem> checked = new ArrayList<>(r.problems());
        Optional<Problem> memory = MemoryEstimate.check(r.network().totalParams(), MemoryEstimate.physicalBytes());
        if (memory.isPresent() && memory.get().isError()) { // never ask the native allocator for it: it aborts with bad_alloc
            checked.add(memory.get());
            return new CompiledRow(index, own, false, 0, null, checked, memory.get().message());
        }
        memory.ifPresent(checked::add);
        try {
            CompiledNetwork net = NetworkCompiler.compile(r, data, seed);
            return new CompiledRow(index, own, true, net.numParams(), r.network().summary(), checked, null);
        } catch (RuntimeException | OutOfMemoryError e) {
            String message = NativeMemory.isExhausted(e) && !(e instanceof OutOfMemoryError)
                    ? "out of memory while building this candidate (" + String.format("%,d", r.network().totalParams())
                    + " parameters); use fewer units or layers, or give BlockTune more memory"
                    : Dl4jErrors.explain(e, r.network());
            List<Problem> problems = new ArrayList<>(r.problems());
            problems.add(Problem.error(null, null, message));
            return new CompiledRow(index, own, false, 0, null, problems, message);
        }
    }
}
