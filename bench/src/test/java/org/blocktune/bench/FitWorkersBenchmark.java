package org.blocktune.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.recipe.Dummy;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.fit.FitListener;
import org.blocktune.core.fit.FitRequest;
import org.blocktune.core.fit.ModelFitter;
import org.blocktune.core.task.CancellationToken;

/**
 * Two fits at once, with ND4J's default threads per operation (one per core) versus
 * {@code ModelFitter.useWorkers(2)}: wall time of each round, alternating the settings. Workloads:
 * a small MLP (diamonds, 16 units, batch 32) and a wider one (256 units, batch 128). Run:
 * {@code mvn -q -pl bench test-compile exec:java -Dexec.mainClass=org.blocktune.bench.FitWorkersBenchmark
 * -Dexec.classpathScope=test}
 */
public final class FitWorkersBenchmark {

    private FitWorkersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of("../resources/datasets/diamonds.csv");
        if (!file.toFile().exists()) {
            file = Path.of("resources/datasets/diamonds.csv");
        }
        Table diamonds = CsvReader.read(file).rows(IntStream.range(0, 4000).toArray());
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        System.out.println("processors: " + Runtime.getRuntime().availableProcessors() + ", ND4J threads per operation "
                + "before any setting: " + org.blocktune.core.dl4j.NativeThreads.current());
        for (int[] work : new int[][] {{16, 32}, {256, 128}}) {
            FitRequest request = new FitRequest(SeedSpecs.diamondMlp(), Map.of("body_units", work[0],
                    "fit_batch_size", work[1], "fit_epochs", 8), Recipe.of(new Dummy(false), new Normalize()),
                    Roles.of(diamonds, "price"), 1);
            ModelFitter.useWorkers(1);
            twoAtOnce(request, diamonds); // warm-up
            List<Double> shared = new ArrayList<>();
            List<Double> divided = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                ModelFitter.useWorkers(1);
                shared.add(twoAtOnce(request, diamonds));
                ModelFitter.useWorkers(2);
                divided.add(twoAtOnce(request, diamonds));
            }
            System.out.printf("units %d, batch %d: two fits at once, default threads %s s; useWorkers(2) %s s%n",
                    work[0], work[1], shared, divided);
        }
    }

    private static double twoAtOnce(FitRequest request, Table data) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> fits = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                fits.add(pool.submit(() -> ModelFitter.fit(request, data, FitListener.NONE, CancellationToken.none())));
            }
            for (Future<?> f : fits) {
                f.get();
            }
            return Math.round((System.nanoTime() - t0) / 1e7) / 100.0;
        } finally {
            pool.shutdown();
        }
    }
}
