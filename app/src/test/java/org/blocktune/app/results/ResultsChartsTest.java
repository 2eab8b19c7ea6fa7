package org.blocktune.app.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blocktune.core.tune.Candidate;
import org.blocktune.core.tune.MetricSummary;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** The charts that need no run: predicted vs observed (regression) and number formatting. */
class ResultsChartsTest {

    @Test
    void predictedVersusObservedHasAPointPerRowAndTheIdentityLine() throws Exception {
        double[] observed = {1, 2, 3, 4, 5, 6};
        double[] predicted = {1.2, 1.8, 3.3, 3.9, 5.4, Double.NaN};
        JFreeChart chart = PredictedObservedChart.of(observed, predicted, "price");
        XYPlot plot = chart.getXYPlot();
        assertEquals(5, plot.getDataset().getItemCount(0), "rows without a prediction are left out");
        assertTrue(plot.getAnnotations().stream().anyMatch(a -> a instanceof XYLineAnnotation));
        assertEquals(plot.getDomainAxis().getRange(), plot.getRangeAxis().getRange(), "one scale for both axes");
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        ChartExport.png(chart, dir.resolve("predicted-observed.png"), 600, 450);
        assertTrue(Files.size(dir.resolve("predicted-observed.png")) > 1000);
    }

    @Test
    void numbersReadWell() {
        assertEquals("0.8829", Numbers.format(0.882882882));
        assertEquals("12", Numbers.format(12.0));
        assertEquals("0.001", Numbers.format(0.001));
        assertEquals("–", Numbers.format(Double.NaN));
        assertEquals("1.235e+07", Numbers.format(12345678.9));
    }

    @Test
    void aParameterWithOneValueGetsAReadableAxisInsteadOfAZeroWidthOne() {
        List<CandidateRow> rows = List.of(row("cand_001", 64, 0.712), row("cand_002", 160, 0.628));
        List<TunedParameter> params = List.of(new TunedParameter("units", true, false, List.of()),
                new TunedParameter("rate", true, false, List.of()));
        JFreeChart chart = AutoplotChart.of(rows, params, "accuracy", Set.of());
        chart.createBufferedImage(800, 400); // lays the axes out as on screen
        var panels = ((CombinedRangeXYPlot) chart.getXYPlot()).getSubplots();
        ValueAxis rate = ((XYPlot) panels.get(1)).getDomainAxis();
        assertTrue(rate.getRange().contains(0.2), rate.getRange().toString());
        assertTrue(rate.getRange().getLength() > 0.09, "a span around the one value: " + rate.getRange());
        assertEquals("0.2", ((NumberAxis) rate).getNumberFormatOverride().format(0.2));
    }

    private static CandidateRow row(String id, int units, double accuracy) {
        Map<String, Object> values = Map.of("units", units, "rate", 0.2);
        return new CandidateRow(new Candidate(id, values),
                Map.of("accuracy", new MetricSummary(id, values, "accuracy", accuracy, 1, Double.NaN)), 1, 0);
    }
}
