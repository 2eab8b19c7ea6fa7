package org.blocktune.core.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;
import org.blocktune.core.compile.CompileGrid;
import org.blocktune.core.compile.CompileGridResult;
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
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/**
 * Dry run of a 1,000-row grid over the diamonds MLP (num_body 1–4, body_units 8–512, body_dropout
 * 0–0.5): rows per second and peak heap, against a hand-written DL4J loop building and initialising
 * the same networks in the same process. Run:
 * {@code mvn -q -pl model-core test-compile exec:java -Dexec.mainClass=org.blocktune.core.bench.CompileGridBenchmark
 * -Dexec.classpathScope=test}
 */
public final class CompileGridBenchmark {

    private CompileGridBenchmark() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
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
        double baselineSec = (System.nanoTime() - t0) / 1e9;

        resetPeaks();
        long[] peakAfterRow = new long[rows];
        long t1 = System.nanoTime();
        CompileGridResult result = CompileGrid.run(SeedSpecs.diamondMlp(), Map.of(), grid.rows(), data, 1,
                (row, done, total) -> peakAfterRow[done - 1] = usedHeap(), CancellationToken.none());
        double sec = (System.nanoTime() - t1) / 1e9;
        long params = result.rows().stream().mapToLong(r -> r.paramCount()).sum();

        System.out.printf("grid rows                 %d (%d ok, %d failed)%n", result.rows().size(),
                result.validRows().size(), result.failedRows().size());
        System.out.printf("BlockTune dry run         %.2f s  = %.0f rows/s%n", sec, rows / sec);
        System.out.printf("hand-written DL4J build   %.2f s  = %.0f rows/s%n", baselineSec, rows / baselineSec);
        System.out.printf("ratio BlockTune/baseline  %.2f  (same total params: %b)%n", sec / baselineSec,
                params == baselineParams);
        System.out.printf("peak heap during dry run  %.1f MB (max heap %.0f MB)%n", peakHeap() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        System.out.printf("heap after rows 100/500/%d: %.1f / %.1f / %.1f MB (flat if not growing)%n", rows,
                peakAfterRow[99] / 1e6, peakAfterRow[Math.min(499, rows - 1)] / 1e6, peakAfterRow[rows - 1] / 1e6);
    }

    /** Builds and initialises the same MLPs with plain DL4J calls. */
    private static long handWritten(List<Map<String, Object>> rows) {
        long total = 0;
        for (Map<String, Object> row : rows) {
            int num = (Integer) row.get("num_body");
            int units = (Integer) row.get("body_units");
            double dropout = (Double) row.get("body_dropout");
            NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder().seed(1)
                    .weightInit(WeightInit.XAVIER_UNIFORM).updater(new Adam(0.01)).list();
            int i = 0;
            for (int k = 0; k < num; k++) {
                list.layer(i++, new DenseLayer.Builder().nOut(units).activation(Activation.RELU).build());
                list.layer(i++, new DropoutLayer.Builder(1 - dropout).build());
            }
            list.layer(i, new OutputLayer.Builder(new LossMSE()).nOut(1).activation(Activation.IDENTITY).build());
            list.setInputType(InputType.feedForward(23));
            MultiLayerNetwork net = new MultiLayerNetwork(list.build());
            net.init();
            total += net.numParams();
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
}
