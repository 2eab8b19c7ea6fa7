package org.blocktune.app.common;

import java.awt.Color;
import java.awt.Paint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.data.xy.XYDataset;

/**
 * Puts a JFreeChart into the light or the dark look. The charts are drawn for the light look; the
 * dark look swaps each light "ink" colour (white backgrounds, black and grey text, light grid
 * lines, dark annotation lines) for its dark counterpart, and the light look swaps them back, so a
 * chart can switch as often as the user likes and comes back exactly as it was drawn. Colours that
 * are not inks (the data series' colours) are left alone.
 */
public final class ChartColours {
    /** The dark look's background, shared by the chart and its plots (the dark stylesheet's field colour). */
    public static final Color DARK_BACKGROUND = new Color(0x1c1f24);
    private static final Map<Color, Color> TO_DARK = new HashMap<>();
    private static final Map<Color, Color> TO_LIGHT = new HashMap<>();

    static {
        ink(Color.WHITE, DARK_BACKGROUND);
        ink(Color.BLACK, new Color(0xe4e7eb));
        ink(Color.DARK_GRAY, new Color(0xc5ccd3));
        ink(new Color(0x33, 0x33, 0x33), new Color(0xd0d4d9));
        ink(Color.GRAY, new Color(0x8a96a3));
        ink(Color.LIGHT_GRAY, new Color(0x4a515b));
        ink(new Color(0xDD, 0xE1, 0xE6), new Color(0x3a3f47)); // the Results charts' grid
        ink(new Color(0xdddddd), new Color(0x3b4048)); // the live loss chart's grid
        ink(new Color(232, 234, 232, 128), new Color(255, 255, 255, 18)); // symbol axes' grid bands
    }

    private ChartColours() {
    }

    private static void ink(Color light, Color dark) {
        TO_DARK.put(light, dark);
        TO_LIGHT.put(dark, light);
    }

    /** Puts {@code chart} into the dark look, or back into the light one. */
    public static void apply(JFreeChart chart, boolean dark) {
        Map<Color, Color> swap = dark ? TO_DARK : TO_LIGHT;
        boolean notify = chart.isNotify();
        chart.setNotify(false);
        try {
            swap(swap, chart::getBackgroundPaint, chart::setBackgroundPaint);
            if (chart.getTitle() != null) {
                title(swap, chart.getTitle());
            }
            for (Object t : chart.getSubtitles()) {
                title(swap, (Title) t);
            }
            plot(swap, chart.getPlot());
        } finally {
            chart.setNotify(notify);
        }
    }

    /** The colour {@code c} takes in the dark look (itself when it is not an ink). */
    public static Color darkOf(Color c) {
        return TO_DARK.getOrDefault(c, c);
    }

    private static void title(Map<Color, Color> swap, Title t) {
        if (t instanceof TextTitle tt) {
            swap(swap, tt::getPaint, tt::setPaint);
            swap(swap, tt::getBackgroundPaint, tt::setBackgroundPaint);
        } else if (t instanceof LegendTitle l) {
            swap(swap, l::getItemPaint, l::setItemPaint);
            swap(swap, l::getBackgroundPaint, l::setBackgroundPaint);
        } else if (t instanceof PaintScaleLegend p) {
            swap(swap, p::getBackgroundPaint, p::setBackgroundPaint);
            axis(swap, p.getAxis());
        }
    }

    private static void plot(Map<Color, Color> swap, Plot p) {
        if (p == null) {
            return;
        }
        swap(swap, p::getBackgroundPaint, p::setBackgroundPaint);
        swap(swap, p::getOutlinePaint, p::setOutlinePaint);
        swap(swap, p::getNoDataMessagePaint, p::setNoDataMessagePaint);
        if (!(p instanceof XYPlot x)) {
            return;
        }
        swap(swap, x::getDomainGridlinePaint, x::setDomainGridlinePaint);
        swap(swap, x::getRangeGridlinePaint, x::setRangeGridlinePaint);
        swap(swap, x::getDomainZeroBaselinePaint, x::setDomainZeroBaselinePaint);
        swap(swap, x::getRangeZeroBaselinePaint, x::setRangeZeroBaselinePaint);
        for (int i = 0; i < x.getDomainAxisCount(); i++) {
            axis(swap, x.getDomainAxis(i));
        }
        for (int i = 0; i < x.getRangeAxisCount(); i++) {
            axis(swap, x.getRangeAxis(i));
        }
        annotations(swap, x);
        for (int r = 0; r < x.getRendererCount(); r++) {
            XYItemRenderer renderer = x.getRenderer(r);
            XYDataset data = x.getDataset(r);
            if (renderer != null && data != null) {
                for (int s = 0; s < data.getSeriesCount(); s++) {
                    int series = s;
                    swap(swap, () -> renderer.getSeriesPaint(series), c -> renderer.setSeriesPaint(series, c, false));
                }
            }
        }
        List<XYPlot> subplots = x instanceof CombinedDomainXYPlot c ? c.getSubplots()
                : x instanceof CombinedRangeXYPlot c ? c.getSubplots() : List.of();
        for (XYPlot sub : subplots) {
            plot(swap, sub);
        }
    }

    private static void annotations(Map<Color, Color> swap, XYPlot x) {
        for (XYAnnotation a : List.copyOf(x.getAnnotations())) {
            if (a instanceof XYTextAnnotation t) {
                swap(swap, t::getPaint, t::setPaint);
            } else if (a instanceof XYLineAnnotation l && l.getPaint() instanceof Color c && swap.containsKey(c)) {
                // a line annotation cannot change its paint: put an equal one with the other ink in its place
                x.removeAnnotation(l, false);
                x.addAnnotation(new XYLineAnnotation(l.getX1(), l.getY1(), l.getX2(), l.getY2(), l.getStroke(),
                        swap.get(c)), false);
            }
        }
    }

    private static void axis(Map<Color, Color> swap, Axis a) {
        if (a == null) {
            return;
        }
        swap(swap, a::getLabelPaint, a::setLabelPaint);
        swap(swap, a::getTickLabelPaint, a::setTickLabelPaint);
        swap(swap, a::getAxisLinePaint, a::setAxisLinePaint);
        swap(swap, a::getTickMarkPaint, a::setTickMarkPaint);
        if (a instanceof SymbolAxis s) {
            swap(swap, s::getGridBandPaint, s::setGridBandPaint);
            swap(swap, s::getGridBandAlternatePaint, s::setGridBandAlternatePaint);
        }
    }

    private static void swap(Map<Color, Color> swap, Supplier<Paint> get, Consumer<Paint> set) {
        if (get.get() instanceof Color c && swap.containsKey(c)) {
            set.accept(swap.get(c));
        }
    }
}
