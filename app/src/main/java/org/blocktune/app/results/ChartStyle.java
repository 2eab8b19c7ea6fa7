package org.blocktune.app.results;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;

/** The look shared by the Results screen's charts: white plots, light grid lines, readable small fonts. */
final class ChartStyle {
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    static final Color GRID = new Color(0xDD, 0xE1, 0xE6);
    static final Color POINT = new Color(0x2F, 0x80, 0xED);
    static final Color SELECTED = new Color(0xE0, 0x6C, 0x00);
    static final Color MUTED = new Color(0x9A, 0xA5, 0xB1);
    static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {6f, 4f}, 0f);
    static final BasicStroke SOLID = new BasicStroke(1.6f);

    /** Line colours for folds (and candidates), a colour-blind-friendly palette. */
    private static final Color[] PALETTE = {
        new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73),
        new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9), new Color(0xD5, 0x5E, 0x00),
        new Color(0x33, 0x33, 0x33), new Color(0xF0, 0xE4, 0x42)
    };

    private ChartStyle() {
    }

    static Paint palette(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /** White background, light grid, small fonts. */
    static void plot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlinePaint(GRID);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            axis(plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            axis(plot.getRangeAxis(i));
        }
    }

    static void axis(Axis a) {
        if (a != null) {
            a.setLabelFont(LABEL);
            a.setTickLabelFont(TICK);
        }
    }

    static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(TICK);
            l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }
}
