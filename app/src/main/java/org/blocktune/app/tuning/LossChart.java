package org.blocktune.app.tuning;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import org.blocktune.app.common.Theme;
import org.blocktune.core.fit.EpochMetrics;
import org.blocktune.core.tune.FitKey;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The live loss curve (JFreeChart): training loss per epoch of each running fit, and its
 * validation loss (dashed) when the fit has one. The series of the last few finished fits stay
 * so the chart does not go blank between fits. Updates are grouped ({@link #batch}) and the chart
 * redraws at most every {@value #REDRAW_MILLIS} ms (drawing it takes the FX thread tens of
 * milliseconds, more on a busy machine), and once more on {@link #flush}. FX thread only.
 */
final class LossChart {
    private static final int KEEP_FINISHED = 6;
    /** Endings of the legend's names: a resample called "validation" must not make a training curve read "validation loss". */
    private static final String TRAINING = ": training loss";
    private static final String VALIDATION = ": validation loss";
    private static final long REDRAW_MILLIS = 400;
    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf)};

    private final XYSeriesCollection data = new XYSeriesCollection();
    private final JFreeChart chart;
    private final ChartViewer viewer;
    private final Map<FitKey, XYSeries[]> series = new LinkedHashMap<>();
    private final Deque<FitKey> finished = new ArrayDeque<>();
    private final Map<Comparable<?>, Color> colours = new java.util.HashMap<>();
    private int colour;
    /** Series with points added since the last redraw. */
    private final java.util.Set<XYSeries> grown = new java.util.LinkedHashSet<>();
    private boolean changed;
    private long lastDraw;

    LossChart() {
        chart = ChartFactory.createXYLineChart(null, "epoch", "loss", data, PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        chart.setBackgroundPaint(new Color(0, 0, 0, 0));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        plot.setRenderer(r);
        viewer = new ChartViewer(chart);
        viewer.setId("lossChart");
        viewer.setAccessibleText("Loss per epoch chart");
        viewer.setMinSize(200, 160);
        Theme.follow(viewer);
    }

    Node node() {
        return viewer;
    }

    /** Runs {@code changes}, then redraws if they changed anything and the last redraw is old enough. */
    void batch(Runnable changes) {
        chart.setNotify(false);
        try {
            changes.run();
        } finally {
            if (System.nanoTime() - lastDraw >= REDRAW_MILLIS * 1_000_000L) {
                flush();
            }
        }
    }

    /** Redraws now if anything changed since the last redraw. */
    void flush() {
        if (changed || !grown.isEmpty()) {
            chart.setNotify(false);
            grown.forEach(XYSeries::fireSeriesChanged);
            grown.clear();
            changed = false;
            lastDraw = System.nanoTime();
        }
        chart.setNotify(true);
    }

    /** Adds a fit's epoch: its loss, and its validation loss when it has one. */
    void epoch(FitKey key, EpochMetrics m) {
        XYSeries[] s = series.computeIfAbsent(key, this::newSeries);
        if (Double.isFinite(m.get("loss"))) {
            s[0].add(m.epoch(), m.get("loss"), false);
            grown.add(s[0]);
        }
        double val = m.get("val_loss");
        if (Double.isFinite(val)) {
            if (s[1] == null) {
                s[1] = new XYSeries(label(key) + VALIDATION, false, true);
                data.addSeries(s[1]);
                restyle();
            }
            s[1].add(m.epoch(), val, false);
            grown.add(s[1]);
        }
    }

    /** A fit ended: its curves stay until {@value #KEEP_FINISHED} later fits have ended. */
    void ended(FitKey key) {
        if (!series.containsKey(key)) {
            return;
        }
        finished.addLast(key);
        while (finished.size() > KEEP_FINISHED) {
            XYSeries[] old = series.remove(finished.removeFirst());
            for (XYSeries x : old) {
                if (x != null) {
                    grown.remove(x);
                    data.removeSeries(x);
                    colours.remove(x.getKey());
                }
            }
            restyle();
        }
    }

    /** Forgets every curve (a new run starts). */
    void clear() {
        series.clear();
        finished.clear();
        grown.clear();
        changed = true;
        data.removeAllSeries();
        colours.clear();
        colour = 0;
    }

    /** Curves on show (for tests). */
    int seriesCount() {
        return data.getSeriesCount();
    }

    private XYSeries[] newSeries(FitKey key) {
        XYSeries loss = new XYSeries(label(key) + TRAINING, false, true);
        colours.put(loss.getKey(), COLOURS[colour++ % COLOURS.length]);
        data.addSeries(loss);
        restyle();
        return new XYSeries[] {loss, null};
    }

    /** Colours and strokes by series (indices shift when old series go). */
    private void restyle() {
        changed = true;
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            String name = data.getSeriesKey(i).toString();
            boolean val = name.endsWith(VALIDATION);
            // a validation curve takes the colour of its fit's training curve
            String colourKey = val ? name.substring(0, name.length() - VALIDATION.length()) + TRAINING : name;
            Color c = colours.getOrDefault(colourKey, Color.GRAY);
            r.setSeriesPaint(i, c);
            r.setSeriesShapesVisible(i, false);
            r.setSeriesStroke(i, val ? new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {5f, 4f}, 0f) : new BasicStroke(2f));
        }
    }

    /** The legend's name of a fit: candidate and resample ("cand_001 · Fold1"). */
    private static String label(FitKey key) {
        return key.candidate().id() + " · " + key.splitId();
    }

    /** The curves' names in the legend, in order (for tests). */
    java.util.List<String> seriesNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            names.add(String.valueOf(data.getSeriesKey(i)));
        }
        return names;
    }
}
