package org.blocktune.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.blocktune.core.compile.CompileGrid;
import org.blocktune.core.compile.CompileGridResult;
import org.blocktune.bench.dl4j.BaselineBuild;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.space.Domain;
import org.blocktune.core.space.Grid;
import org.blocktune.core.space.Grids;
import org.blocktune.core.space.Parameter;
import org.blocktune.core.space.ParameterSet;
import org.blocktune.core.space.Transform;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.spec.Shape;
import org.blocktune.core.task.CancellationToken;

/**
 * Dry run of a random grid over the diamonds MLP (num_body 1–4, body_units 8–512, body_dropout
 * 0–0.5; 1,000 rows): rows per second and peak heap, against {@link BaselineBuild} building and
 * initialising the same networks with plain DL4J in the same process. Run:
 * {@code mvn -q exec:java -Dexec.mainClass=org.blocktune.bench.CompileGridBenchmark} in
 * {@code bench} (argument: the number of rows).
 */
public final class CompileGridBenchmark {

    private CompileGridBenchmark() {
    }

    /**
     * @param rows           grid rows
     * @param ok             rows that compiled
     * @param seconds        BlockTune's dry run
     * @param baseline       the hand-written builds
     * @param sameParams     whether both counted the same total parameters
     * @param peakHeapBytes  peak heap during the dry run
     * @param heapAfterRows  used heap after 10 %, 50 % and 100 % of the rows (not collected)
     */
    public record Result(int rows, int ok, double seconds, double baseline, boolean sameParams, long peakHeapBytes,
                         long[] heapAfterRows, String load) {

        /** BlockTune / hand-written. */
        public double ratio() {
            return seconds / baseline;
        }

        /** Prints the figures. */
        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "dry run of %d grid rows of the diamonds MLP (%d ok)%n", rows, ok);
            out.printf(Locale.ROOT, "  BlockTune dry run         %.2f s = %.0f rows/s%n", seconds, rows / seconds);
            out.printf(Locale.ROOT, "  hand-written DL4J build   %.2f s = %.0f rows/s%n", baseline, rows / baseline);
            out.printf(Locale.ROOT, "  ratio BlockTune/baseline  %.2f  (same total params: %b)%n", ratio(), sameParams);
            out.printf(Locale.ROOT, "  peak heap %.1f MB (max heap %.0f MB); heap after 10%%/50%%/100%% of rows: "
                    + "%.1f / %.1f / %.1f MB%n", Stats.mb(peakHeapBytes), Stats.mb(Runtime.getRuntime().maxMemory()),
                    Stats.mb(heapAfterRows[0]), Stats.mb(heapAfterRows[1]), Stats.mb(heapAfterRows[2]));
            out.println("  " + load);
        }
    }

    /** Measures a grid of {@code rows} rows (at least 50). */
    public static Result run(int rows) {
        ParameterSet space = new ParameterSet(List.of(
                new Parameter("num_body", new Domain.IntRange(1, 4)),
                new Parameter("body_units", new Domain.IntRange(8, 512, Transform.LOG2)),
                new Parameter("body_dropout", new Domain.RealRange(0.0, 0.5))));
        Grid grid = Grids.random(space, rows, 2026);
        DataShape data = DataShape.regression(Shape.flat(23), 1);

        // warm-up (JIT, ND4J backend) for both paths
        CompileGrid.run(SeedSpecs.diamondMlp(), Map.of(), grid.rows().subList(0, 50), data, 1, null,
                CancellationToken.none());
        handWritten(grid.rows().subList(0, 50));

        long t0 = System.nanoTime();
        long baselineParams = handWritten(grid.rows());
        double baselineSec = Stats.secondsSince(t0);

        resetPeaks();
        long[] heapAfterRow = new long[rows];
        long t1 = System.nanoTime();
        CompileGridResult result = CompileGrid.run(SeedSpecs.diamondMlp(), Map.of(), grid.rows(), data, 1,
                (row, done, total) -> heapAfterRow[done - 1] = usedHeap(), CancellationToken.none());
        double sec = Stats.secondsSince(t1);
        long params = result.rows().stream().mapToLong(r -> r.paramCount()).sum();
        long[] marks = {heapAfterRow[Math.max(0, rows / 10 - 1)], heapAfterRow[rows / 2 - 1], heapAfterRow[rows - 1]};
        return new Result(rows, result.validRows().size(), sec, baselineSec, params == baselineParams, peakHeap(),
                marks, MachineLoad.describe());
    }

    /** Builds and initialises the same MLPs with plain DL4J calls. */
    private static long handWritten(List<Map<String, Object>> rows) {
        long total = 0;
        for (Map<String, Object> row : rows) {
            total += BaselineBuild.regressionMlp(23, (Integer) row.get("num_body"), (Integer) row.get("body_units"),
                    (Double) row.get("body_dropout"));
        }
        return total;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Prints the figures; argument: grid rows (default 1,000). */
    public static void main(String[] args) {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 1000).print(System.out);
    }
}
