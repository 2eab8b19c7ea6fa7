package org.blocktune.core.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.data.recipe.ZeroVariance;
import org.blocktune.core.random.SeededRandom;

/**
 * Prints the figures of issue 16's benchmarks (not a test: wall times on a shared machine vary):
 * recipe prep (normalize + zero variance) of 200 rows × 1,000 and × 10,000 columns and their ratio
 * (linear prep gives about 10×), and loading diamonds with and without its profile.
 *
 * <pre>
 * mvn -B -q -o -pl model-core test-compile
 * java -cp "model-core/target/test-classes:model-core/target/classes:$(cat cp.txt)" org.blocktune.core.data.DataBenchmark
 * </pre>
 */
public final class DataBenchmark {
    private DataBenchmark() { }

    public static void main(String[] args) throws Exception {
        double small = 0;
        double large = 0;
        for (int round = 0; round < 3; round++) { // the first round warms the JIT up
            small = prepSeconds(1_000);
            large = prepSeconds(10_000);
        }
        System.out.printf("prep 200 rows x 1,000 columns: %.3f s%n", small);
        System.out.printf("prep 200 rows x 10,000 columns: %.3f s (%.1fx the 1,000-column prep; linear is ~10x)%n",
                large, large / small);
        Path diamonds = args.length > 0 ? Path.of(args[0]) : TestData.file("diamonds.csv");
        double load = 0;
        double profiled = 0;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            CsvImport in = CsvReader.load(diamonds, CsvOptions.defaults());
            long t1 = System.nanoTime();
            DataProfile.of(in.table(), "price", in.idColumns());
            long t2 = System.nanoTime();
            load = (t1 - t0) / 1e9;
            profiled = (t2 - t0) / 1e9;
        }
        System.out.printf("diamonds (53,940 rows): load %.3f s, load + profile %.3f s (profile %.0f%% of the load)%n",
                load, profiled, 100 * (profiled - load) / load);
    }

    private static double prepSeconds(int columns) {
        SeededRandom random = new SeededRandom(columns);
        List<Column> cols = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            double[] v = new double[200];
            for (int i = 0; i < v.length; i++) v[i] = c % 50 == 0 ? 1 : random.nextDouble();
            cols.add(new NumericColumn("x" + c, v));
        }
        double[] y = new double[200];
        for (int i = 0; i < y.length; i++) y[i] = random.nextDouble();
        cols.add(new NumericColumn("y", y));
        Table t = new Table(cols);
        Roles roles = Roles.of(t, "y");
        long t0 = System.nanoTime();
        Recipe.of(new ZeroVariance(), new Normalize()).prep(t, roles).bake(t);
        return (System.nanoTime() - t0) / 1e9;
    }
}
