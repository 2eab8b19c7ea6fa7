package org.blocktune.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.blocktune.core.data.Table;
import org.blocktune.core.dl4j.NativeMemoryUse;
import org.blocktune.core.resample.Resampling;
import org.blocktune.core.resample.Split;
import org.blocktune.core.tune.TuneResults;
import org.blocktune.core.tune.TuneRunner;

/**
 * Resident memory of a two-worker tune of many small fits, with the native-garbage guard (the
 * default) and without it ({@code -Dblocktune.nd4j.gcAfterBuffers=0}). Each run is a fresh JVM with
 * the command line's 4 GB heap, so neither inherits the other's memory; runs alternate. Started with
 * {@code -Dblocktune.nd4j.gcAfterBuffers=N}, the guarded runs use that limit.
 */
public final class NativeGarbageBenchmark {
    private static final String RESULT = "RESULT ";
    private static final String LIMIT = "blocktune.nd4j.gcAfterBuffers";

    private NativeGarbageBenchmark() {
    }

    /**
     * @param epochs  epochs per fit of the 27 candidates × 3 folds
     * @param repeats runs of each kind
     */
    public record Settings(int epochs, int repeats) {
        /** 30 epochs, 2 runs each. */
        public static Settings full() {
            return new Settings(30, 2);
        }

        /** 10 epochs, 1 run each. */
        public static Settings quick() {
            return new Settings(10, 1);
        }
    }

    /** One child run: wall time, peak and final resident memory. */
    public record Run(boolean guarded, double seconds, long peakBytes, long endBytes) {
    }

    /** The runs, in the order they ran. */
    public record Result(Settings settings, List<Run> runs, String load) {
        double median(boolean guarded, java.util.function.ToDoubleFunction<Run> figure) {
            return Stats.median(runs.stream().filter(r -> r.guarded() == guarded).map(r -> figure.applyAsDouble(r)).toList());
        }

        /** Prints each run and the ratios guarded / unguarded of the medians. */
        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "81 iris fits (27 candidates × 3 folds, %d epochs), 2 workers, -Xmx4g, each in a fresh JVM%n",
                    settings.epochs());
            for (Run r : runs) {
                out.printf(Locale.ROOT, "  %-24s %6.1f s   peak RSS %7.1f MB   at the end %7.1f MB%n",
                        r.guarded() ? "with the guard" : "without (gcAfterBuffers=0)", r.seconds(), Stats.mb(r.peakBytes()),
                        Stats.mb(r.endBytes()));
            }
            out.printf(Locale.ROOT, "  ratio with/without: peak RSS %.2f, time %.2f%n",
                    median(true, r -> r.peakBytes()) / median(false, r -> r.peakBytes()),
                    median(true, Run::seconds) / median(false, Run::seconds));
            out.println("  " + load);
        }
    }

    /** Runs the child JVMs, alternating without / with the guard. */
    public static Result run(Path datasets, Settings s) throws IOException {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < s.repeats(); i++) {
            for (boolean guarded : i % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                runs.add(child(datasets, s, guarded));
            }
        }
        return new Result(s, runs, MachineLoad.describe());
    }

    private static Run child(Path datasets, Settings s, boolean guarded) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx4g", "-Dblocktune.datasets=" + datasets.toAbsolutePath()));
        String limit = guarded ? System.getProperty(LIMIT) : "0"; // a limit given to the benchmark is tried in its guarded runs
        if (limit != null) {
            cmd.add("-D" + LIMIT + "=" + limit);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), NativeGarbageBenchmark.class.getName(),
                "child", Integer.toString(s.epochs())));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String result = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith(RESULT)) {
                    result = line.substring(RESULT.length());
                }
            }
        }
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (result == null) {
            throw new IOException("the benchmark's child JVM printed no result (exit " + p.exitValue() + ")");
        }
        String[] f = result.split(" ");
        return new Run(guarded, Double.parseDouble(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]));
    }

    /** In the child JVM: the tune, with resident memory sampled every 100 ms. */
    private static void childRun(int epochs) throws IOException {
        Table iris = BenchData.iris();
        List<Split> folds = Resampling.vfold(iris.rowCount(), 3, 1, iris.categorical("Species").codes(), 5);
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(NativeMemoryUse.processBytes(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        TuneResults results = new TuneRunner().run(IrisJobs.job(iris, IrisJobs.grid27(), epochs, folds, 2), null, null);
        double sec = Stats.secondsSince(t0);
        sampler.interrupt();
        if (!results.failures().isEmpty()) {
            throw new IllegalStateException("the benchmark's tune run had failures: " + results.failures().get(0));
        }
        long end = NativeMemoryUse.processBytes();
        System.out.println(RESULT + sec + " " + Math.max(peak.get(), end) + " " + end);
    }

    /** {@code child <epochs>} runs one tune (internal); otherwise prints the figures ({@code quick} for the short version). */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("child")) {
            childRun(Integer.parseInt(args[1]));
            return;
        }
        boolean quick = args.length > 0 && args[0].equals("quick");
        run(BenchData.datasets(), quick ? Settings.quick() : Settings.full()).print(System.out);
    }
}
