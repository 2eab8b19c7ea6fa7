package org.blocktune.app.results;

import java.awt.Color;
import java.awt.Paint;
import java.util.function.BooleanSupplier;
import org.jfree.chart.renderer.PaintScale;

/**
 * A colour scale for metric values from {@code lower} to {@code upper}; values outside are clamped.
 * On the light look: dark purple → teal → yellow, after viridis. On the dark look, where viridis's
 * purple end all but vanishes, it starts from a light blue instead and brightens steadily to the
 * same yellow. The look is asked at every paint, so a chart follows a theme switch when redrawn.
 */
final class MetricColours implements PaintScale {
    private static final Color[] LIGHT_STOPS = {
        new Color(0x44, 0x01, 0x54), new Color(0x3B, 0x52, 0x8B), new Color(0x21, 0x90, 0x8C),
        new Color(0x5D, 0xC8, 0x63), new Color(0xFD, 0xE7, 0x25)
    };
    private static final Color[] DARK_STOPS = {
        new Color(0x6A, 0x7F, 0xD0), new Color(0x2F, 0xA6, 0xA0), new Color(0x5D, 0xC8, 0x63),
        new Color(0xFD, 0xE7, 0x25)
    };
    private final double lower;
    private final double upper;
    private final BooleanSupplier dark;

    /** @param dark whether the dark look is in force (asked at every paint) */
    MetricColours(double lower, double upper, BooleanSupplier dark) {
        this.lower = lower;
        this.upper = upper > lower ? upper : lower + 1e-9;
        this.dark = dark;
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
        Color[] stops = dark.getAsBoolean() ? DARK_STOPS : LIGHT_STOPS;
        double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(t));
        double f = t - i;
        Color a = stops[i];
        Color b = stops[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
