package org.blocktune.app.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
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
}
