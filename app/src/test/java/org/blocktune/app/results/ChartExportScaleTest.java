package org.blocktune.app.results;

import static org.blocktune.app.FxThread.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A chart saved as PNG from its card has twice the pixels of the chart on screen (sharp on HiDPI). */
@ExtendWith(ApplicationExtension.class)
class ChartExportScaleTest {
    private final AtomicReference<String> said = new AtomicReference<>("");
    private ChartCard card;

    @Start
    void start(Stage stage) {
        card = new ChartCard("testChart", "test", said::set);
        card.show(PredictedObservedChart.of(new double[] {1, 2, 3, 4}, new double[] {1.1, 2.2, 2.8, 4.1}, "y"));
        stage.setScene(new Scene(new StackPane(card.node()), 640, 420));
        stage.show();
    }

    @Test
    void savedPngHasTwiceTheOnScreenPixels(FxRobot robot, @TempDir Path dir) throws Exception {
        javafx.scene.Node viewer = fx(() -> card.node().lookup("#testChartViewer"));
        int w = fx(() -> (int) viewer.getBoundsInLocal().getWidth());
        int h = fx(() -> (int) viewer.getBoundsInLocal().getHeight());
        assertTrue(w > 400 && h > 300, w + " × " + h);
        Path png = dir.resolve("chart.png");
        robot.interact(() -> card.savePng(png));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(2 * w, image.getWidth(), "PNG width is twice the chart's width on screen");
        assertEquals(2 * h, image.getHeight(), "PNG height is twice the chart's height on screen");
        assertTrue(said.get().contains((2 * w) + " × " + (2 * h) + " pixels"), said.get());
    }

    @Test
    void aChosenScaleGivesThatManyPixels(@TempDir Path dir) throws Exception {
        JFreeChart chart = fx(card::chart);
        Path png = dir.resolve("three.png");
        ChartExport.png(chart, png, 300, 200, 3);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(600, image.getHeight());
    }
}
