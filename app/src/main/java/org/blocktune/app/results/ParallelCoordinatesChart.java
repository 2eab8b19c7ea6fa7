package org.blocktune.app.results;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.blocktune.app.common.Theme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Parallel coordinates: one vertical axis per tuned parameter and a last one for the metric; each
 * candidate is a line across them, coloured by its mean of the metric (a colour bar explains the
 * scale). Every axis is scaled from its smallest to its largest value (log-spaced parameters in
 * log units; categories evenly), labelled at both ends. Candidates without a value of the metric are
 * grey; selected candidates are drawn thicker. Line colours are taken from {@link MetricColours} at
 * every draw, so they suit the light or dark look in force.
 */
final class ParallelCoordinatesChart {
    private static final Font END_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private ParallelCoordinatesChart() {
    }

    static JFreeChart of(List<CandidateRow> rows, List<TunedParameter> parameters, String metric, Set<String> selected) {
        return of(rows, parameters, metric, selected, Theme::dark);
    }

    /** The chart with lines coloured for the dark look whenever {@code dark} says so at drawing time. */
    static JFreeChart of(List<CandidateRow> rows, List<TunedParameter> parameters, String metric, Set<String> selected,
                         BooleanSupplier dark) {
        int axes = parameters.size() + 1;
        String[] names = new String[axes];
        for (int i = 0; i < parameters.size(); i++) {
            names[i] = parameters.get(i).name();
        }
        names[axes - 1] = metric;
        List<Scale> scales = new ArrayList<>();
        for (TunedParameter p : parameters) {
            scales.add(Scale.of(p, rows));
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (CandidateRow r : rows) {
            double m = r.mean(metric);
            if (!Double.isNaN(m)) {
                lo = Math.min(lo, m);
                hi = Math.max(hi, m);
            }
        }
        Scale metricScale = Double.isFinite(lo) ? new Scale(lo, hi, false, null) : new Scale(0, 1, false, null);
        MetricColours colours = new MetricColours(metricScale.lo, metricScale.hi, dark);
        double[] means = new double[rows.size()];

        XYSeriesCollection data = new XYSeriesCollection();
        List<Stroke> strokes = new ArrayList<>();
        for (CandidateRow r : rows) {
            XYSeries s = new XYSeries(r.id(), false, true);
            for (int i = 0; i < parameters.size(); i++) {
                TunedParameter p = parameters.get(i);
                s.add(i, scales.get(i).unit(p.position(r.value(p.name()))));
            }
            double m = r.mean(metric);
            if (!Double.isNaN(m)) {
                s.add(axes - 1, metricScale.unit(m));
            }
            means[data.getSeriesCount()] = m;
            data.addSeries(s);
            boolean sel = selected.contains(r.id());
            strokes.add(new BasicStroke(sel ? 4f : 1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true) {
            @Override
            public Paint getItemPaint(int series, int item) {
                return colours.getPaint(means[series]); // at draw time, so the lines follow the look
            }
        };
        for (int i = 0; i < strokes.size(); i++) {
            renderer.setSeriesStroke(i, strokes.get(i));
            renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
        }
        SymbolAxis x = new SymbolAxis(null, names);
        x.setGridBandsVisible(false);
        x.setRange(-0.25, axes - 0.75);
        NumberAxis y = new NumberAxis();
        y.setRange(-0.1, 1.12);
        y.setVisible(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        ChartStyle.plot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (int i = 0; i < axes; i++) {
            plot.addAnnotation(new XYLineAnnotation(i, 0, i, 1, new BasicStroke(1.2f), Color.DARK_GRAY));
            Scale s = i < parameters.size() ? scales.get(i) : metricScale;
            if (s.categories != null) {
                for (int k = 0; k < s.categories.size(); k++) {
                    plot.addAnnotation(endLabel(i + 0.03, s.unit(k), s.categories.get(k), TextAnchor.CENTER_LEFT));
                }
            } else {
                plot.addAnnotation(endLabel(i, -0.04, s.label(s.lo), TextAnchor.TOP_CENTER));
                plot.addAnnotation(endLabel(i, 1.04, s.label(s.hi), TextAnchor.BOTTOM_CENTER));
            }
        }
        JFreeChart chart = ChartStyle.chart("Parallel coordinates, coloured by mean " + metric, plot, false);
        NumberAxis barAxis = new NumberAxis(metric);
        ChartStyle.axis(barAxis);
        barAxis.setRange(metricScale.lo, metricScale.hi > metricScale.lo ? metricScale.hi : metricScale.lo + 1e-9);
        PaintScaleLegend bar = new PaintScaleLegend(colours, barAxis);
        bar.setPosition(RectangleEdge.RIGHT);
        bar.setStripWidth(12);
        bar.setMargin(new RectangleInsets(10, 10, 30, 4));
        bar.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(bar);
        return chart;
    }

    private static XYTextAnnotation endLabel(double x, double y, String text, TextAnchor anchor) {
        XYTextAnnotation a = new XYTextAnnotation(text, x, y);
        a.setFont(END_LABEL);
        a.setTextAnchor(anchor);
        a.setPaint(Color.DARK_GRAY);
        return a;
    }

    /** One axis: maps values (log10 of them for a log axis) onto 0..1; categories come evenly spaced. */
    private record Scale(double lo, double hi, boolean log, List<String> categories) {
        static Scale of(TunedParameter p, List<CandidateRow> rows) {
            if (!p.numeric()) {
                return new Scale(0, Math.max(1, p.categories().size() - 1), false, p.categories());
            }
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (CandidateRow r : rows) {
                double v = p.position(r.value(p.name()));
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            return Double.isFinite(lo) ? new Scale(lo, hi, p.log(), null) : new Scale(0, 1, false, null);
        }

        double unit(double v) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            if (categories != null && categories.size() == 1) {
                return 0.5;
            }
            double a = log ? Math.log10(lo) : lo;
            double b = log ? Math.log10(hi) : hi;
            double t = log ? Math.log10(v) : v;
            return b > a ? (t - a) / (b - a) : 0.5;
        }

        String label(double v) {
            if (categories != null) {
                int i = (int) Math.round(v);
                return i >= 0 && i < categories.size() ? categories.get(i) : "";
            }
            return Numbers.format(v);
        }
    }
}
