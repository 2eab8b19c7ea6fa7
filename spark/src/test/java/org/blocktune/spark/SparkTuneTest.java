package org.blocktune.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.blocktune.core.examples.ExampleProject;
import org.blocktune.core.examples.ExampleProjects;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.task.CancellationToken;
import org.blocktune.core.fit.EpochMetrics;
import org.blocktune.core.tune.FitKey;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.FitRecordJson;
import org.blocktune.core.tune.LocalWorkers;
import org.blocktune.core.tune.ModelCandidateFitter;
import org.blocktune.core.tune.TuneControl;
import org.blocktune.core.tune.TuneJob;
import org.blocktune.core.tune.TuneListener;
import org.blocktune.core.tune.TuneResults;
import org.blocktune.core.tune.TuneRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tune run on Spark {@code local[2]} writes the same run folder as the same run on 2 local
 * workers, with model failures as failed records; a cancelled Spark run resumes (on Spark) to one
 * record per fit. The job: the iris example's quick budget (4 candidates, 3 folds), plus one
 * candidate with a negative learning rate, which fails its dry run (15 fits).
 */
class SparkTuneTest {
    @TempDir
    Path dir;

    private static TuneJob job(Path folder) throws Exception {
        ExampleProject iris = ExampleProjects.example("iris");
        TuneJob quick = TunePlan.load(iris.quick(), Path.of(iris.fileName(true))).job();
        List<Map<String, Object>> candidates = new ArrayList<>();
        quick.initialCandidates().forEach(c -> candidates.add(c.values()));
        Map<String, Object> invalid = new LinkedHashMap<>(candidates.get(0));
        invalid.put("learn_rate", -0.01);
        candidates.add(invalid);
        return TuneJob.ofCandidates(quick.spec(), quick.fixed(), candidates, quick.training(), quick.roles(), quick.recipe(),
                quick.resamples(), quick.metrics(), new TuneControl(2, quick.control().seed(), true), folder);
    }

    /** The run folder's fit records without their wall times, by candidate and split; fails on a duplicate. */
    private static Map<String, String> records(Path folder) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(folder.resolve("fits.jsonl"))) {
            if (!line.contains("\"type\":\"fit\"")) {
                continue;
            }
            FitRecord r = FitRecordJson.read(line);
            FitRecord timeless = new FitRecord(r.candidateId(), r.values(), r.splitId(), r.seed(), r.status(), r.failureKind(),
                    r.message(), r.metrics(), r.history(), 0, r.predictions());
            String previous = out.put(r.candidateId() + " " + r.splitId(), FitRecordJson.write(timeless));
            assertEquals(null, previous, "recorded twice: " + r.candidateId() + " " + r.splitId());
        }
        return new java.util.TreeMap<>(out);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void sparkLocal2GivesTheRecordsOfTwoLocalWorkers() throws Exception {
        Path local = dir.resolve("local");
        Path spark = dir.resolve("spark");
        TuneResults a = new TuneRunner(new ModelCandidateFitter(), new LocalWorkers()).run(job(local), null, null);
        Map<String, List<String>> events = new java.util.concurrent.ConcurrentHashMap<>();
        TuneListener recordEvents = new TuneListener() {
            private void add(String fit, String event) {
                events.computeIfAbsent(fit, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(event);
            }

            @Override
            public void trainingStarted(FitKey fit, int epochs, int batches) {
                add(fit.candidate().id() + " " + fit.splitId(), "start " + epochs + " epochs " + batches + " batches");
            }

            @Override
            public void epochFinished(FitKey fit, EpochMetrics metrics) {
                add(fit.candidate().id() + " " + fit.splitId(), "epoch " + metrics.epoch());
            }

            @Override
            public void fitFinished(FitRecord r) {
                add(r.candidateId() + " " + r.splitId(), "finished " + r.history().epochs().size());
            }
        };
        TuneResults b = new TuneRunner(new ModelCandidateFitter(), SparkFitPlace.forMaster("local[2]"))
                .run(job(spark), recordEvents, null);
        assertEquals(12, a.records().stream().filter(FitRecord::ok).count());
        assertEquals(3, a.failures().size());
        assertEquals("INVALID_SPEC", a.failures().get(0).failureKind());
        Map<String, String> expected = records(local);
        assertEquals(15, expected.size());
        assertEquals(expected, records(spark));
        assertEquals(a.summary(), b.summary());
        assertTrue(!b.cancelled());
        // live progress: every fit's epochs came from the executor while it trained (a training start with
        // its real batch count; a replay from the record would say 0 batches), each epoch once, before its record
        assertEquals(12, events.size(), events.toString());
        events.forEach((fit, list) -> {
            int epochs = Integer.parseInt(list.get(list.size() - 1).substring("finished ".length()));
            assertTrue(list.get(0).matches("start \\d+ epochs [1-9]\\d* batches"), fit + ": " + list);
            assertEquals(epochs + 2, list.size(), fit + ": " + list);
            for (int e = 0; e < epochs; e++) {
                assertTrue(list.get(1 + e).startsWith("epoch "), fit + ": " + list);
            }
        });
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aCancelledSparkRunResumesToOneRecordPerFit() throws Exception {
        Path spark = dir.resolve("cancelled");
        CancellationToken token = new CancellationToken();
        TuneListener cancelAfterFirst = new TuneListener() {
            @Override
            public void fitFinished(FitRecord record) {
                token.cancel();
            }
        };
        TuneRunner runner = new TuneRunner(new ModelCandidateFitter(), SparkFitPlace.forMaster("local[2]"));
        TuneResults first = runner.run(job(spark), cancelAfterFirst, token);
        assertTrue(first.cancelled(), "the run was cancelled");
        Set<String> before = records(spark).keySet();
        assertTrue(!before.isEmpty() && before.size() < 15, "some fits recorded before the cancel took effect: " + before);
        Set<String> ranAgain = new HashSet<>();
        TuneResults rest = runner.resume(job(spark), false, new TuneListener() {
            @Override
            public void fitFinished(FitRecord record) {
                ranAgain.add(record.candidateId() + " " + record.splitId());
            }

            @Override
            public void fitFailed(FitRecord record) {
                ranAgain.add(record.candidateId() + " " + record.splitId());
            }
        }, null);
        assertTrue(!rest.cancelled());
        Map<String, String> all = records(spark);
        assertEquals(15, all.size());
        assertEquals(15 - before.size(), ranAgain.size(), "only the fits missing from the folder ran on resume");
        ranAgain.retainAll(before);
        assertEquals(Set.of(), ranAgain);
        Path local = dir.resolve("local-ref");
        new TuneRunner(new ModelCandidateFitter(), new LocalWorkers()).run(job(local), null, null);
        assertEquals(records(local), all);
    }
}
