package org.blocktune.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class ChartColoursTest {
    private static final Color SERIES = new Color(0x00, 0x72, 0xB2);

    /** A white chart as the Results screen draws them: a combined plot, a text and a line annotation, a legend. */
    private static JFreeChart chart() {
        XYSeriesCollection data = new XYSeriesCollection(new XYSeries("loss"));
        data.getSeries(0).add(1, 0.5);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesPaint(0, SERIES);
        XYPlot sub = new XYPlot(data, null, new NumberAxis("loss"), r);
        sub.setBackgroundPaint(Color.WHITE);
        sub.setDomainGridlinePaint(new Color(0xDD, 0xE1, 0xE6));
        XYTextAnnotation label = new XYTextAnnotation("16", 0, 1);
        label.setPaint(Color.DARK_GRAY);
        sub.addAnnotation(label);
        sub.addAnnotation(new XYLineAnnotation(0, 0, 0, 1, new BasicStroke(1.2f), Color.DARK_GRAY));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(new NumberAxis("epoch"));
        combined.add(sub);
        JFreeChart chart = new JFreeChart("history", JFreeChart.DEFAULT_TITLE_FONT, combined, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static XYPlot sub(JFreeChart c) {
        return ((CombinedDomainXYPlot) c.getPlot()).getSubplots().get(0);
    }

    /** Every paint the theme may change, in a fixed order. */
    private static List<Paint> inks(JFreeChart c) {
        XYPlot p = sub(c);
        List<Paint> out = new ArrayList<>(List.of(c.getBackgroundPaint(), c.getTitle().getPaint(),
                c.getLegend().getItemPaint(), c.getLegend().getBackgroundPaint(), p.getBackgroundPaint(),
                p.getDomainGridlinePaint(), p.getRangeGridlinePaint(), p.getRangeAxis().getLabelPaint(),
                p.getRangeAxis().getTickLabelPaint(), c.getXYPlot().getDomainAxis().getTickLabelPaint(),
                p.getRenderer().getSeriesPaint(0)));
        p.getAnnotations().forEach(a -> out.add(a instanceof XYTextAnnotation t ? t.getPaint()
                : ((XYLineAnnotation) a).getPaint()));
        return out;
    }

    private static float brightness(Paint p) {
        Color c = (Color) p;
        return Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null)[2];
    }

    @Test
    void darkSwapsBackgroundsAndTextButNotTheDataColoursAndLightRestoresTheChartExactly() {
        JFreeChart chart = chart();
        List<Paint> light = inks(chart);

        ChartColours.apply(chart, true);
        XYPlot p = sub(chart);
        assertTrue(brightness(chart.getBackgroundPaint()) < 0.2, "dark chart background");
        assertTrue(brightness(p.getBackgroundPaint()) < 0.2, "dark plot");
        assertTrue(brightness(p.getDomainGridlinePaint()) < 0.35, "dim grid lines");
        assertTrue(brightness(chart.getTitle().getPaint()) > 0.8, "light title");
        assertTrue(brightness(p.getRangeAxis().getTickLabelPaint()) > 0.7, "light tick labels");
        assertTrue(brightness(chart.getXYPlot().getDomainAxis().getLabelPaint()) > 0.7, "the shared axis too");
        assertTrue(p.getAnnotations().stream().allMatch(a -> brightness(a instanceof XYTextAnnotation t
                ? t.getPaint() : ((XYLineAnnotation) a).getPaint()) > 0.7), "light annotations");
        assertEquals(SERIES, p.getRenderer().getSeriesPaint(0), "data colours stay");
        List<Paint> dark = inks(chart);
        ChartColours.apply(chart, true);
        assertEquals(dark, inks(chart), "applying dark twice changes nothing");

        ChartColours.apply(chart, false);
        assertEquals(light, inks(chart), "light gives back the chart as drawn");
    }
}
