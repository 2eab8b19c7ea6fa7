package org.blocktune.app.results;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Predicted against observed values on the test set (regression), with the y = x line; both axes share one range. */
final class PredictedObservedChart {
    private PredictedObservedChart() {
    }

    static JFreeChart of(double[] observed, double[] predicted, String outcome) {
        XYSeries s = new XYSeries("test rows", false, true);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < observed.length; i++) {
            if (Double.isFinite(observed[i]) && Double.isFinite(predicted[i])) {
                s.add(observed[i], predicted[i]);
                lo = Math.min(lo, Math.min(observed[i], predicted[i]));
                hi = Math.max(hi, Math.max(observed[i], predicted[i]));
            }
        }
        if (!Double.isFinite(lo)) {
            lo = 0;
            hi = 1;
        }
        double pad = hi > lo ? (hi - lo) * 0.04 : 1;
        NumberAxis x = new NumberAxis("observed " + outcome);
        NumberAxis y = new NumberAxis("predicted " + outcome);
        x.setRange(lo - pad, hi + pad);
        y.setRange(lo - pad, hi + pad);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, new java.awt.Color(0x2F, 0x80, 0xED, 150));
        r.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), x, y, r);
        ChartStyle.plot(plot);
        plot.addAnnotation(new XYLineAnnotation(lo - pad, lo - pad, hi + pad, hi + pad, new BasicStroke(1.2f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 4f}, 0f), java.awt.Color.DARK_GRAY));
        return ChartStyle.chart("Test set: predicted vs observed (dashed: y = x)", plot, false);
    }
}
