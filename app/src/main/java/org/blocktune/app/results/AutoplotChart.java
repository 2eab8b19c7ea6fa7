package org.blocktune.app.results;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The metric against each tuned parameter (tune's {@code autoplot}): one panel per parameter sharing
 * the metric's axis; a point per candidate at its mean, with ± one standard error bars. Numeric
 * parameters sit on a number axis (a log axis when log-spaced), categorical ones on a category axis.
 * Selected candidates are drawn again in orange on top (series 1).
 */
final class AutoplotChart {
    private AutoplotChart() {
    }

    static JFreeChart of(List<CandidateRow> rows, List<TunedParameter> parameters, String metric, Set<String> selected) {
        NumberAxis metricAxis = new NumberAxis(metric + " (mean ± std err)");
        metricAxis.setAutoRangeIncludesZero(false);
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(metricAxis);
        combined.setGap(14);
        for (TunedParameter p : parameters) {
            combined.add(panel(rows, p, metric, selected), 1);
        }
        ChartStyle.plot(combined);
        ChartStyle.axis(metricAxis);
        String title = metric + " by tuned parameter";
        if (parameters.isEmpty()) {
            title = "No tuned parameters: every candidate uses the same values";
        }
        return ChartStyle.chart(title, combined, false);
    }

    private static XYPlot panel(List<CandidateRow> rows, TunedParameter p, String metric, Set<String> selected) {
        YIntervalSeries all = new YIntervalSeries("candidates", false, true);
        YIntervalSeries chosen = new YIntervalSeries("selected", false, true);
        for (CandidateRow r : rows) {
            double mean = r.mean(metric);
            double x = p.position(r.value(p.name()));
            if (Double.isNaN(mean) || Double.isNaN(x)) {
                continue;
            }
            double se = Double.isNaN(r.stdErr(metric)) ? 0 : r.stdErr(metric);
            all.add(x, mean, mean - se, mean + se);
            if (selected.contains(r.id())) {
                chosen.add(x, mean, mean - se, mean + se);
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(all);
        data.addSeries(chosen);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setCapLength(6);
        renderer.setErrorPaint(ChartStyle.MUTED);
        renderer.setSeriesPaint(0, ChartStyle.POINT);
        renderer.setSeriesPaint(1, ChartStyle.SELECTED);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesShape(1, new Ellipse2D.Double(-5.5, -5.5, 11, 11));
        XYPlot plot = new XYPlot(data, axisOf(p, rows), null, renderer);
        ChartStyle.plot(plot);
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        return plot;
    }

    private static ValueAxis axisOf(TunedParameter p, List<CandidateRow> rows) {
        if (!p.numeric()) {
            SymbolAxis a = new SymbolAxis(p.name(), p.categories().toArray(new String[0]));
            a.setGridBandsVisible(false);
            a.setRange(-0.5, p.categories().size() - 0.5);
            return a;
        }
        if (p.log()) {
            LogAxis a = new LogAxis(p.name() + " (log scale)");
            a.setSmallestValue(1e-12);
            a.setNumberFormatOverride(new java.text.DecimalFormat("0.####"));
            a.setLowerMargin(0.08);
            a.setUpperMargin(0.08);
            double decades = decades(rows, p);
            if (decades >= 0.9) {
                // whole and half decades; the automatic ticks crowd a narrow log range with odd values
                a.setAutoTickUnitSelection(false);
                a.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(decades > 3 ? 1 : 0.5));
            }
            return a;
        }
        NumberAxis a = new NumberAxis(p.name());
        a.setAutoRangeIncludesZero(false);
        a.setLowerMargin(0.08);
        a.setUpperMargin(0.08);
        boolean whole = rows.stream().allMatch(r -> !(r.value(p.name()) instanceof Number n)
                || n.doubleValue() == Math.rint(n.doubleValue()));
        if (whole) {
            a.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        double[] values = rows.stream().filter(r -> r.value(p.name()) instanceof Number)
                .mapToDouble(r -> ((Number) r.value(p.name())).doubleValue()).distinct().toArray();
        if (values.length == 1) {
            // one value only (e.g. every candidate so far shares it): a readable span around it, not a
            // zero-width range whose ticks all print the same number
            a.setAutoRangeMinimumSize(whole ? 2 : Math.max(Math.abs(values[0]) * 0.5, 1e-6));
            a.setNumberFormatOverride(new java.text.DecimalFormat("0.####"));
        }
        return a;
    }

    /** How many decades the positive values of {@code p} span. */
    private static double decades(List<CandidateRow> rows, TunedParameter p) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (CandidateRow r : rows) {
            double v = p.position(r.value(p.name()));
            if (v > 0) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return hi > 0 ? Math.log10(hi / lo) : 0;
    }
}
