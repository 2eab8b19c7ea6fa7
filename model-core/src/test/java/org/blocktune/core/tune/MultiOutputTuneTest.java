package org.blocktune.core.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.TestData;
import org.blocktune.core.data.recipe.Dummy;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.metrics.ClassMetric;
import org.blocktune.core.metrics.Metric;
import org.blocktune.core.metrics.NumericMetric;
import org.blocktune.core.metrics.OutputMetric;
import org.blocktune.core.random.SeededRandom;
import org.blocktune.core.resample.Resampling;
import org.blocktune.core.spec.FunctionalSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tuning networks with several outputs with resampling: metrics per output, ranking by a chosen output's metric. */
class MultiOutputTuneTest {

    private static Table diamonds(int n) throws Exception {
        Table t = CsvReader.read(TestData.file("diamonds.csv"));
        return t.rows(new SeededRandom(5).permutation(t.rowCount())).rows(java.util.stream.IntStream.range(0, n).toArray());
    }

    private static TuneJob job(Table t, Path folder, String a, String b, List<Metric> metrics) {
        FunctionalSpec spec = FunctionalSpec.named("two_heads")
                .add("input", BlockCatalogue.builtin(LayerKind.INPUT))
                .add("trunk", BlockCatalogue.builtin(LayerKind.DENSE), "input")
                .add(a, BlockCatalogue.builtin(LayerKind.OUTPUT), "trunk")
                .add(b, BlockCatalogue.builtin(LayerKind.OUTPUT), "trunk");
        List<String> preds = new ArrayList<>(t.names());
        preds.removeAll(List.of(a, b));
        Roles roles = new Roles(List.of(a, b), Map.of("input", preds));
        Map<String, Boolean> outputs = new LinkedHashMap<>();
        outputs.put(a, Roles.outcomeTask(t, a) == org.blocktune.core.data.Task.CLASSIFICATION);
        outputs.put(b, Roles.outcomeTask(t, b) == org.blocktune.core.data.Task.CLASSIFICATION);
        return TuneJob.ofCandidates(spec, Map.of("fit_epochs", 3, "learn_rate", 0.02),
                List.of(Map.of("trunk_units", 4), Map.of("trunk_units", 12)), t, roles,
                Recipe.of(new Dummy(false), new Normalize()),
                Resampling.vfold(t.rowCount(), 2, 1, null, 3), OutputMetric.expand(metrics, outputs),
                new TuneControl(1, 42, true), folder);
    }

    @Test
    void twoHeadRegressionRecordsEachOutputsMetricAndRanksByTheChosenOne(@TempDir Path dir) throws Exception {
        Table t = diamonds(120);
        TuneJob job = job(t, dir.resolve("run"), "price", "carat",
                List.of(Metric.byName("carat rmse"), NumericMetric.RMSE, NumericMetric.MAE));
        TuneResults r = new TuneRunner().run(job, null, null);
        assertEquals(List.of(), r.failures(), () -> r.failures().toString());
        assertEquals(List.of("carat rmse", "price rmse", "price mae", "carat mae"), r.metricNames());
        assertEquals(2, r.summary("price mae").size());
        assertEquals(2, r.summary("carat rmse").get(0).n());
        String best = r.selectBest("carat rmse").id();
        assertEquals(r.showBest("carat rmse", 1).get(0).candidateId(), best);
        TuneResults back = TuneResults.load(dir.resolve("run"));
        assertEquals(r.metricNames(), back.metricNames());
        assertEquals(r.summary("price rmse").get(0).mean(), back.summary("price rmse").get(0).mean(), 1e-12);
    }

    @Test
    void twoHeadClassificationAndMixedHeadsTune() throws Exception {
        Table t = diamonds(120);
        TuneResults classes = new TuneRunner().run(job(t, null, "cut", "color", List.of(ClassMetric.ACCURACY)), null,
                null);
        assertEquals(List.of(), classes.failures(), () -> classes.failures().toString());
        assertEquals(List.of("cut accuracy", "color accuracy"), classes.metricNames());
        assertTrue(classes.records().get(0).predictions().table().names().contains(".pred_class_color"));

        TuneResults mixed = new TuneRunner().run(job(t, null, "price", "cut",
                List.of(Metric.byName("cut accuracy"), NumericMetric.RMSE)), null, null);
        assertEquals(List.of(), mixed.failures(), () -> mixed.failures().toString());
        assertEquals(List.of("cut accuracy", "price rmse"), mixed.metricNames());
        assertEquals(2, mixed.showBest("cut accuracy", 5).size());
    }
}
