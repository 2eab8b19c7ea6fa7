package org.blocktune.spark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.blocktune.core.io.ProjectFile;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.tune.FitPlace;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.LocalWorkers;
import org.blocktune.core.tune.MetricSummary;
import org.blocktune.core.tune.ModelCandidateFitter;
import org.blocktune.core.tune.TuneControl;
import org.blocktune.core.tune.TuneJob;
import org.blocktune.core.tune.TuneListener;
import org.blocktune.core.tune.TuneResults;
import org.blocktune.core.tune.TuneRunner;

/**
 * The main class for {@code spark-submit}: tunes a project with its fits on the cluster that
 * {@code spark-submit} names ({@code --master spark://…}, {@code yarn}, {@code k8s://…}), the driver
 * keeping the run folder.
 *
 * <pre>
 * spark-submit --master spark://host:7077 --class org.blocktune.spark.SparkTune \
 *     --jars "$(ls spark/target/job/lib/*.jar | paste -sd,)" spark/target/job/blocktune-spark.jar \
 *     project.blocktune.json [--resume] [--run-folder DIR]
 * </pre>
 *
 * <p>{@code --local-workers N} runs the same job on N local threads instead (to compare). Prints one
 * line per finished fit and the best candidates; exits 0 when a fit succeeded, 1 when none did.
 */
public final class SparkTune {
    private SparkTune() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) throws Exception {
        Path project = null;
        Path folder = null;
        boolean resume = false;
        int localWorkers = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--resume" -> resume = true;
                case "--run-folder" -> folder = Path.of(args[++i]).toAbsolutePath();
                case "--local-workers" -> localWorkers = Integer.parseInt(args[++i]);
                default -> {
                    if (args[i].startsWith("-") || project != null) {
                        out.println("usage: SparkTune PROJECT [--resume] [--run-folder DIR] [--local-workers N]; unknown: " + args[i]);
                        return 2;
                    }
                    project = Path.of(args[i]);
                }
            }
        }
        if (project == null) {
            out.println("usage: SparkTune PROJECT [--resume] [--run-folder DIR] [--local-workers N]");
            return 2;
        }
        TuneJob job = TunePlan.load(ProjectFile.read(project), project).job();
        if (folder != null) {
            job = job.withFolder(folder);
        }
        FitPlace place;
        if (localWorkers > 0) {
            TuneControl c = job.control();
            job = job.withControl(new TuneControl(localWorkers, c.seed(), c.savePredictions()));
            place = new LocalWorkers();
        } else {
            place = new SparkFitPlace(null, Map.of());
        }
        out.println((resume ? "resuming" : "starting") + " " + job.initialCandidates().size() + " candidate(s) x "
                + job.resamples().size() + " resample(s) on " + place.describe(job) + "; records go to " + job.folder());
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        TuneListener progress = new TuneListener() {
            @Override
            public void runStarted(int totalFits, int alreadyDone) {
                done.set(alreadyDone);
                out.println("fits: " + totalFits + " in all, " + alreadyDone + " already recorded");
            }

            @Override
            public void fitFinished(FitRecord r) {
                line(r);
            }

            @Override
            public void fitFailed(FitRecord r) {
                line(r);
            }

            private void line(FitRecord r) {
                out.printf("fit %d: %s %s %s%s (%.1f s)%n", done.incrementAndGet(), r.candidateId(), r.splitId(),
                        r.status(), r.ok() ? "" : " " + r.message(), (System.nanoTime() - start) / 1e9);
                out.flush();
            }

            @Override
            public void warning(String message) {
                out.println("warning: " + message);
            }
        };
        TuneRunner runner = new TuneRunner(new ModelCandidateFitter(), place);
        TuneResults results = resume ? runner.resume(job, false, progress, null) : runner.run(job, progress, null);
        String metric = job.primaryMetric().metricName();
        List<MetricSummary> best = results.showBest(metric, 3);
        out.printf("done: %d fit(s), %d failed, %.1f s%n", results.records().size(), results.failures().size(),
                (System.nanoTime() - start) / 1e9);
        best.forEach(s -> out.printf("best: %s %s %s = %.4f (n %d)%n", s.candidateId(), s.values(), s.metric(), s.mean(), s.n()));
        return results.records().stream().anyMatch(FitRecord::ok) ? 0 : 1;
    }
}
