package org.blocktune.app.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.blocktune.app.common.Theme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/** One chart on screen (a {@link ChartViewer}) with buttons that save it as PNG or SVG. */
final class ChartCard {
    private static final int DEFAULT_WIDTH = 900;
    private static final int DEFAULT_HEIGHT = 560;
    private final BorderPane root = new BorderPane();
    private final ChartViewer viewer = new ChartViewer();
    private final String fileStem;
    private final Consumer<String> report;

    /**
     * @param id       the node id ({@code autoplotChart}, …); the buttons get {@code id + "Png"} and {@code id + "Svg"}
     * @param fileStem the suggested file name without extension
     * @param report   where to say what was saved or what went wrong
     */
    ChartCard(String id, String fileStem, Consumer<String> report) {
        this.fileStem = fileStem;
        this.report = report;
        root.setId(id);
        viewer.setId(id + "Viewer");
        viewer.setMinSize(100, 100);
        viewer.setAccessibleText("Chart: " + fileStem);
        Theme.follow(viewer);
        Button png = new Button("Save PNG…");
        png.setId(id + "Png");
        png.setTooltip(new Tooltip("Save this chart as a PNG image"));
        png.setOnAction(e -> choose("PNG image", "png").ifPresent(this::savePng));
        Button svg = new Button("Save SVG…");
        svg.setId(id + "Svg");
        svg.setTooltip(new Tooltip("Save this chart as an SVG vector drawing"));
        svg.setOnAction(e -> choose("SVG drawing", "svg").ifPresent(this::saveSvg));
        HBox bar = new HBox(6, png, svg);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(2, 4, 2, 4));
        bar.getStyleClass().add("chart-actions");
        root.setTop(bar);
        root.setCenter(viewer);
    }

    Node node() {
        return root;
    }

    /** Shows another chart. */
    void show(JFreeChart chart) {
        viewer.setChart(Theme.chart(chart));
        viewer.setAccessibleText("Chart: " + (chart.getTitle() != null ? chart.getTitle().getText() : fileStem));
    }

    JFreeChart chart() {
        return viewer.getChart();
    }

    /** Writes the chart as PNG at its on-screen size (or 900 × 560 when not shown). */
    void savePng(Path file) {
        try {
            ChartExport.png(chart(), file, width(), height());
            report.accept("Saved the chart to " + file);
        } catch (IOException | RuntimeException ex) {
            report.accept("Could not save " + file + ": " + ex.getMessage());
        }
    }

    /** Writes the chart as SVG at its on-screen size (or 900 × 560 when not shown). */
    void saveSvg(Path file) {
        try {
            ChartExport.svg(chart(), file, width(), height());
            report.accept("Saved the chart to " + file);
        } catch (IOException | RuntimeException ex) {
            report.accept("Could not save " + file + ": " + ex.getMessage());
        }
    }

    private int width() {
        return viewer.getWidth() > 200 ? (int) viewer.getWidth() : DEFAULT_WIDTH;
    }

    private int height() {
        return viewer.getHeight() > 150 ? (int) viewer.getHeight() : DEFAULT_HEIGHT;
    }

    private java.util.Optional<Path> choose(String what, String ext) {
        FileChooser fc = org.blocktune.app.common.Choosers.file("Save chart as " + what);
        fc.setInitialFileName(fileStem + "." + ext);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, "*." + ext));
        return org.blocktune.app.common.Choosers.save(fc, root.getScene() == null ? null : root.getScene().getWindow());
    }
}
