package org.blocktune.app.results;

import java.util.List;
import java.util.Map;
import org.blocktune.core.fit.History;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Per-epoch history of the selected candidates: a loss panel and a metric panel sharing the epoch
 * axis; one solid line per fold for training and one dashed line for validation, in the fold's
 * colour. The metric panel shows the chosen metric when the fits recorded it per epoch, else the
 * first other metric they recorded.
 */
final class HistoryChart {
    private HistoryChart() {
    }

    /**
     * @param histories candidate id → split id → history, for the candidates to draw
     * @param metric    the chosen metric
     */
    static JFreeChart of(Map<String, Map<String, History>> histories, String metric) {
        String shown = metricKey(histories, metric);
        XYSeriesCollection loss = new XYSeriesCollection();
        XYSeriesCollection other = new XYSeriesCollection();
        XYLineAndShapeRenderer lossLines = renderer();
        XYLineAndShapeRenderer otherLines = renderer();
        int colour = 0;
        boolean several = histories.size() > 1;
        for (Map.Entry<String, Map<String, History>> c : histories.entrySet()) {
            for (Map.Entry<String, History> f : c.getValue().entrySet()) {
                String name = (several ? c.getKey() + " " : "") + f.getKey();
                add(loss, lossLines, f.getValue(), "loss", name, colour, true);
                add(other, otherLines, f.getValue(), shown, name, colour, false);
                colour++;
            }
        }
        NumberAxis epoch = new NumberAxis("epoch");
        epoch.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        epoch.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(epoch);
        combined.setGap(12);
        combined.add(panel(loss, lossLines, "loss"), 1);
        if (shown != null) {
            combined.add(panel(other, otherLines, shown), 1);
        }
        ChartStyle.plot(combined);
        ChartStyle.axis(epoch);
        String title = histories.isEmpty() ? "Choose one or more rows to see their training history"
                : "Training history of " + String.join(", ", histories.keySet()) + (hasValidation(histories)
                        ? " (solid: training, dashed: validation)"
                        : " (training only: set fit_validation_split above 0 for validation curves)");
        return ChartStyle.chart(title, combined, !histories.isEmpty());
    }

    /** True when any fit kept validation values (it was trained with a validation split). */
    static boolean hasValidation(Map<String, Map<String, History>> histories) {
        return histories.values().stream().flatMap(folds -> folds.values().stream())
                .anyMatch(h -> h.keys().stream().anyMatch(k -> k.startsWith("val_")));
    }

    /** The history key to draw beside the loss: the metric itself, else the first non-loss key. */
    static String metricKey(Map<String, Map<String, History>> histories, String metric) {
        String fallback = null;
        for (Map<String, History> folds : histories.values()) {
            for (History h : folds.values()) {
                List<String> keys = h.keys();
                if (keys.contains(metric)) {
                    return metric;
                }
                for (String k : keys) {
                    if (fallback == null && !k.equals("loss") && !k.startsWith("val_")) {
                        fallback = k;
                    }
                }
            }
        }
        return fallback;
    }

    private static void add(XYSeriesCollection data, XYLineAndShapeRenderer r, History h, String key, String name,
                            int colour, boolean legend) {
        if (key == null) {
            return;
        }
        for (boolean validation : new boolean[] {false, true}) {
            String k = validation ? "val_" + key : key;
            if (!h.keys().contains(k)) {
                continue;
            }
            XYSeries s = new XYSeries(name + (validation ? " validation" : " training"), false, true);
            h.epochs().forEach(e -> {
                double v = e.get(k);
                if (!Double.isNaN(v)) {
                    s.add(e.epoch(), v);
                }
            });
            int i = data.getSeriesCount();
            data.addSeries(s);
            r.setSeriesPaint(i, ChartStyle.palette(colour));
            r.setSeriesStroke(i, validation ? ChartStyle.DASHED : ChartStyle.SOLID);
            r.setSeriesVisibleInLegend(i, legend);
        }
    }

    private static XYLineAndShapeRenderer renderer() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        return r;
    }

    private static XYPlot panel(XYSeriesCollection data, XYLineAndShapeRenderer r, String label) {
        NumberAxis y = new NumberAxis(label);
        y.setAutoRangeIncludesZero(false);
        XYPlot p = new XYPlot(data, null, y, r);
        ChartStyle.plot(p);
        return p;
    }
}
