package org.blocktune.bench.dl4j;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.blocktune.bench.MachineLoad;
import org.blocktune.core.dl4j.NativeThreads;
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
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Which native thread knob a fit obeys, on which thread. Args: workload (iris|diamonds), thread
 * (main|fresh|pool), knobs to alternate (none, callerN: NativeThreads.set(N) on main; fittingN: on the
 * fitting thread; ompN/blasN/envN: one raw knob on the fitting thread; workersN: ModelFitter.useWorkers(N) on
 * main, as the engine does), repeats, busy Java threads, diamonds epochs.
 * Prints seconds per fit and the OpenMP max threads seen on the fitting thread.
 */
public final class ThreadsExperiment {
    private ThreadsExperiment() {
    }

    public static void main(String[] args) throws Exception {
        String workload = args[0];
        String thread = args[1];
        String[] knobs = args[2].split(",");
        int repeats = Integer.parseInt(args[3]);
        int busy = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        Path root = Path.of("../resources/datasets");
        Table data;
        FitRequest request;
        if (workload.equals("iris")) {
            data = CsvReader.read(root.resolve("iris.csv"));
            request = new FitRequest(SeedSpecs.irisMlp(), Map.of("fit_epochs", 40), Recipe.of(new Normalize()),
                    Roles.of(data, "Species"), 7);
        } else {
            int epochs = args.length > 5 ? Integer.parseInt(args[5]) : 2;
            data = CsvReader.read(root.resolve("diamonds.csv")).rows(IntStream.range(0, 32000).toArray());
            request = new FitRequest(SeedSpecs.diamondMlp(), Map.of("num_body", 4, "body_units", 256,
                    "fit_batch_size", 32, "fit_epochs", epochs), Recipe.of(new Dummy(false), new Normalize()),
                    Roles.of(data, "price"), 7);
        }
        Nd4j.getEnvironment();
        var ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
        System.out.printf("env OMP_NUM_THREADS=%s OMP_WAIT_POLICY=%s; main omp max %d, env maxThreads %d, masterThreads %d%n",
                System.getenv("OMP_NUM_THREADS"), System.getenv("OMP_WAIT_POLICY"), ops.ompGetMaxThreads(),
                Nd4j.getEnvironment().maxThreads(), Nd4j.getEnvironment().maxMasterThreads());
        List<Thread> burners = new ArrayList<>();
        volatile_stop = false;
        for (int i = 0; i < busy; i++) {
            Thread t = new Thread(() -> {
                long x = 0;
                while (!volatile_stop) {
                    x += System.nanoTime() % 7;
                }
                if (x == 42) {
                    System.out.print("");
                }
            });
            t.setDaemon(true);
            t.start();
            burners.add(t);
        }
        ExecutorService pool = Executors.newSingleThreadExecutor();
        String[] knobHolder = new String[1];
        Callable<String> fit = () -> {
            String knob = knobHolder[0];
            if (knob.startsWith("fitting")) {
                NativeThreads.set(Integer.parseInt(knob.substring(7)));
            }
            if (knob.startsWith("omp")) {
                ops.setOmpNumThreads(Integer.parseInt(knob.substring(3)));
            }
            if (knob.startsWith("blas")) {
                Nd4j.factory().blas().setMaxThreads(Integer.parseInt(knob.substring(4)));
            }
            if (knob.startsWith("env")) {
                Nd4j.getEnvironment().setMaxThreads(Integer.parseInt(knob.substring(3)));
                Nd4j.getEnvironment().setMaxMasterThreads(Integer.parseInt(knob.substring(3)));
            }
            int[] seenHolder = new int[1];
            FitListener during = new FitListener() {
                @Override
                public void epochFinished(org.blocktune.core.fit.EpochMetrics m) {
                    seenHolder[0] = ops.ompGetMaxThreads();
                }
            };
            long t0 = System.nanoTime();
            ModelFitter.fit(request, data, during, CancellationToken.none());
            int seen = seenHolder[0];
            return String.format(Locale.ROOT, "%6.2f s (omp %d, blas %d, master %d)", (System.nanoTime() - t0) / 1e9, seen,
                    Nd4j.factory().blas().getMaxThreads(), Nd4j.getEnvironment().maxMasterThreads());
        };
        List<String> times = new ArrayList<>();
        for (int r = 0; r <= repeats * knobs.length; r++) {
            String knob = knobs[Math.max(0, r - 1) % knobs.length];
            knobHolder[0] = knob;
            if (knob.startsWith("caller")) {
                NativeThreads.set(Integer.parseInt(knob.substring(6)));
            }
            if (knob.startsWith("workers")) {
                ModelFitter.useWorkers(Integer.parseInt(knob.substring(7)));
            }
            String t;
            switch (thread) {
                case "main" -> t = fit.call();
                case "pool" -> t = pool.submit(fit).get();
                default -> {
                    String[] out = new String[1];
                    Thread th = new Thread(() -> {
                        try {
                            out[0] = fit.call();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    th.start();
                    th.join();
                    t = out[0];
                }
            }
            times.add(r == 0 ? "warm-up " + t : knob + " " + t);
        }
        volatile_stop = true;
        pool.shutdown();
        System.out.printf("%s on %s thread, %d busy:%n  %s%n  %s%n", workload, thread, busy, String.join("\n  ", times),
                MachineLoad.describe());
        System.exit(0);
    }

    private static volatile boolean volatile_stop;
}
