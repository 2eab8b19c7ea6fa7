package org.blocktune.app.results;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a chart to a PNG (JFreeChart's {@link ChartUtils}) or an SVG file (JFreeSVG). PNGs are drawn at
 * {@link #PNG_SCALE} times the given size by default, so they stay sharp on HiDPI screens and in print: the
 * chart is laid out at the given size (same fonts and proportions as on screen) and rendered with more pixels.
 */
final class ChartExport {
    /** The pixel scale of exported PNGs: 2 = twice the on-screen width and height ("@2x"). */
    static final int PNG_SCALE = 2;

    private ChartExport() {
    }

    /** Writes the chart laid out at {@code width} × {@code height} as a PNG of {@link #PNG_SCALE} times that many pixels. */
    static void png(JFreeChart chart, Path file, int width, int height) throws IOException {
        png(chart, file, width, height, PNG_SCALE);
    }

    /**
     * Writes the chart laid out at {@code width} × {@code height} as a PNG of {@code scale} times that many pixels
     * (1 = the layout size).
     *
     * @throws IllegalArgumentException when {@code scale} is not between 1 and 8
     */
    static void png(JFreeChart chart, Path file, int width, int height, int scale) throws IOException {
        if (scale < 1 || scale > 8) {
            throw new IllegalArgumentException("the PNG scale must be between 1 and 8, not " + scale);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            if (scale == 1) {
                ChartUtils.writeChartAsPNG(out, chart, width, height);
            } else {
                ChartUtils.writeScaledChartAsPNG(out, chart, width, height, scale, scale);
            }
        }
    }

    static void svg(JFreeChart chart, Path file, int width, int height) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        java.nio.file.Files.writeString(file, g.getSVGDocument(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
