package org.blocktune.app.results;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * A colour scale for metric values (dark blue → teal → yellow, after viridis), from {@code lower}
 * to {@code upper}; values outside are clamped.
 */
final class MetricColours implements PaintScale {
    private static final Color[] STOPS = {
        new Color(0x44, 0x01, 0x54), new Color(0x3B, 0x52, 0x8B), new Color(0x21, 0x90, 0x8C),
        new Color(0x5D, 0xC8, 0x63), new Color(0xFD, 0xE7, 0x25)
    };
    private final double lower;
    private final double upper;

    MetricColours(double lower, double upper) {
        this.lower = lower;
        this.upper = upper > lower ? upper : lower + 1e-9;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) {
            return ChartStyle.MUTED;
        }
        double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(t));
        double f = t - i;
        Color a = STOPS[i];
        Color b = STOPS[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
