package org.blocktune.core.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.Task;
import org.blocktune.core.fit.FitRequest;
import org.blocktune.core.fit.FittedModel;
import org.blocktune.core.fit.History;
import org.blocktune.core.metrics.Metric;
import org.junit.jupiter.api.Test;

/** The last fit's wiring, with a stand-in model: whole training table in, test table scored. */
class LastFitTest {

    private record StubModel(FitRequest request, Table trainedOn) implements FittedModel {
        @Override public Task task() { return Task.CLASSIFICATION; }
        @Override public List<String> classLevels() { return List.of("a", "b"); }
        @Override public History history() { return new History(List.of(), "completed 0 epochs", 0); }
        @Override public long numParams() { return 1; }
        @Override public Table predict(Table data) {
            return new Table(List.of(new NumericColumn(".pred_a", new double[data.rowCount()])));
        }
        @Override public Map<String, Double> evaluate(Table data, List<Metric> metrics) {
            Map<String, Double> out = new LinkedHashMap<>();
            metrics.forEach(m -> out.put(m.metricName(), (double) data.rowCount()));
            return out;
        }
        @Override public void save(Path file) { throw new UnsupportedOperationException("not needed here"); }
    }

    @Test
    void fitsOnTheWholeTrainingTableAndScoresTheTestTable() throws Exception {
        TuneJob job = TestJobs.explicit(TestJobs.candidates(), 1, null);
        Table test = TestJobs.table().rows(new int[] {0, 1, 2, 3});
        StubModel[] fitted = new StubModel[1];
        Map<String, Object> values = Map.of("fit_epochs", 3, "dense_units", 16, "learn_rate", 0.01);
        LastFit last = LastFit.run(job.spec(), values, job.recipe(), job.roles(), job.training(), test, job.metrics(),
                job.control().seed(), null, null, (request, training, listener, cancel) -> {
                    fitted[0] = new StubModel(request, training);
                    return fitted[0];
                });
        assertSame(fitted[0], last.model());
        assertSame(job.training(), fitted[0].trainedOn());
        assertEquals(values, fitted[0].request().values());
        assertEquals(42, fitted[0].request().seed());
        assertEquals(Map.of("accuracy", 4.0, "mn_log_loss", 4.0), last.testMetrics());
        assertEquals(4, last.predictions().rowCount());
    }

    @Test
    void aTestTableWithoutOutcomesIsRefused() {
        TuneJob job = TestJobs.explicit(TestJobs.candidates(), 1, null);
        Table noOutcome = TestJobs.table().select(List.of("x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LastFit.run(job.spec(), Map.of(),
                job.recipe(), job.roles(), job.training(), noOutcome, job.metrics(), 1, null, null,
                (r, t, l, c) -> new StubModel(r, t)));
        assertTrue(e.getMessage().contains("no outcome column [y]"), e.getMessage());
    }
}
