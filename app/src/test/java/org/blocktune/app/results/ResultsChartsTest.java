package org.blocktune.app.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.blocktune.app.common.ChartColours;
import org.blocktune.core.tune.Candidate;
import org.blocktune.core.tune.MetricSummary;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
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

    /** WCAG contrast ratio of two colours. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        double[] ch = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
        for (int i = 0; i < 3; i++) {
            ch[i] = ch[i] <= 0.03928 ? ch[i] / 12.92 : Math.pow((ch[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
    }

    @Test
    void parallelCoordinatesLinesStandOutOnTheLookInForce() {
        List<CandidateRow> rows = List.of(row("cand_001", 64, 0.60), row("cand_002", 160, 0.70), row("cand_003", 96, 0.80));
        List<TunedParameter> params = List.of(new TunedParameter("units", true, false, List.of()));
        AtomicBoolean dark = new AtomicBoolean(true);
        JFreeChart chart = ParallelCoordinatesChart.of(rows, params, "accuracy", Set.of(), dark::get);
        XYItemRenderer renderer = chart.getXYPlot().getRenderer();
        double dimmest = IntStream.range(0, rows.size())
                .mapToDouble(i -> contrast((Color) renderer.getItemPaint(i, 0), ChartColours.DARK_BACKGROUND))
                .min().orElseThrow();
        assertTrue(dimmest >= 3, "every line, the worst candidate's too, readable on the dark look: contrast " + dimmest
                + " for " + renderer.getItemPaint(0, 0));
        chart.createBufferedImage(800, 400); // draws in the dark look
        dark.set(false); // the user switches to the light look: the same chart redraws in viridis
        assertEquals(new Color(0x44, 0x01, 0x54), renderer.getItemPaint(0, 0), "viridis on the light look");
        assertTrue(contrast((Color) renderer.getItemPaint(0, 0), Color.WHITE) >= 3);
    }

    private static CandidateRow row(String id, int units, double accuracy) {
        Map<String, Object> values = Map.of("units", units, "rate", 0.2);
        return new CandidateRow(new Candidate(id, values),
                Map.of("accuracy", new MetricSummary(id, values, "accuracy", accuracy, 1, Double.NaN)), 1, 0);
    }
}
