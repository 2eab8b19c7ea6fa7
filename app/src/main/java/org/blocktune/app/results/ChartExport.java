package org.blocktune.app.results;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart to a PNG (JFreeChart's {@link ChartUtils}) or an SVG file (JFreeSVG). */
final class ChartExport {
    private ChartExport() {
    }

    static void png(JFreeChart chart, Path file, int width, int height) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
    }

    static void svg(JFreeChart chart, Path file, int width, int height) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        java.nio.file.Files.writeString(file, g.getSVGDocument(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
