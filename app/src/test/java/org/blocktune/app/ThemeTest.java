package org.blocktune.app;

import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Paint;
import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.blocktune.app.common.Settings;
import org.blocktune.app.common.Theme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** View ▸ Dark Theme reaches every window (the unsaved-changes question too) and the charts, and is remembered. */
@ExtendWith(ApplicationExtension.class)
class ThemeTest {
    private Stage stage;

    @TempDir
    Path settings;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        System.setProperty(Settings.FOLDER_PROPERTY, settings.toString());
        BlockTuneApp app = new BlockTuneApp();
        app.start(stage);
    }

    @AfterEach
    void backToLight() throws Exception {
        fx(() -> {
            Theme.set(Theme.Mode.LIGHT);
            return null;
        });
    }

    @Test
    void darkReachesTheUnsavedChangesQuestionAndTheLossChartAndLightBringsBothBack(FxRobot robot) throws Exception {
        Region root = (Region) fx(() -> stage.getScene().getRoot());
        ChartViewer viewer = robot.lookup("#lossChart").queryAs(ChartViewer.class);
        XYPlot plot = fx(() -> viewer.getChart().getXYPlot());
        double lightWindow = fx(() -> brightness(root));
        Paint lightPlot = fx(plot::getBackgroundPaint);
        Paint lightTicks = fx(() -> plot.getRangeAxis().getTickLabelPaint());
        assertTrue(lightWindow > 0.8, "light window: " + lightWindow);

        robot.clickOn("View").clickOn("Dark Theme");
        waitUntil(10, () -> brightness(root) < 0.3);
        assertEquals("dark", Settings.get("theme", ""), "the choice is remembered for the next start");
        assertTrue(fx(() -> brightness(plot.getBackgroundPaint())) < 0.3, "dark plot: " + fx(plot::getBackgroundPaint));
        assertTrue(fx(() -> brightness(plot.getRangeAxis().getTickLabelPaint())) > 0.7, "light tick labels");
        assertTrue(fx(() -> brightness(viewer.getChart().getLegend().getItemPaint())) > 0.7, "light legend text");

        DialogPane dark = askAboutUnsavedChanges(robot);
        assertTrue(fx(() -> dark.getScene().getStylesheets().contains(Theme.DARK)), "the dialog has the dark sheet");
        assertTrue(fx(() -> brightness(dark)) < 0.3, "dark dialog: " + fx(() -> brightness(dark)));
        Label text = (Label) fx(() -> dark.lookup(".content"));
        assertTrue(fx(() -> ((Color) text.getTextFill()).getBrightness()) > 0.7, "its text is light");
        cancel(robot, dark);

        robot.clickOn("View").clickOn("Light Theme");
        waitUntil(10, () -> brightness(root) > 0.8);
        assertEquals(lightWindow, fx(() -> brightness(root)), 1e-9);
        assertEquals(lightPlot, fx(plot::getBackgroundPaint), "the plot is white again");
        assertEquals(lightTicks, fx(() -> plot.getRangeAxis().getTickLabelPaint()));
        assertEquals("light", Settings.get("theme", ""));

        DialogPane light = askAboutUnsavedChanges(robot);
        assertFalse(fx(() -> light.getScene().getStylesheets().contains(Theme.DARK)));
        assertTrue(fx(() -> brightness(light)) > 0.8, "light dialog: " + fx(() -> brightness(light)));
        cancel(robot, light);
    }

    @Test
    void aNewStartOpensInTheRememberedTheme(FxRobot robot) throws Exception {
        Settings.put("theme", "dark");
        Stage second = fx(() -> {
            Stage s = new Stage();
            new BlockTuneApp().start(s);
            return s;
        });
        try {
            Region root = (Region) fx(() -> second.getScene().getRoot());
            waitUntil(10, () -> brightness(root) < 0.3);
            ChartViewer viewer = (ChartViewer) fx(() -> root.lookup("#lossChart"));
            JFreeChart chart = fx(viewer::getChart);
            assertTrue(fx(() -> brightness(chart.getXYPlot().getBackgroundPaint())) < 0.3, "its charts start dark");
            assertTrue(fx(() -> Theme.dark()));
        } finally {
            robot.interact(second::close);
        }
    }

    /** Makes an edit, then File ▸ New: the unsaved-changes question comes up. */
    private DialogPane askAboutUnsavedChanges(FxRobot robot) throws Exception {
        robot.drag("#palette-dense").dropTo("#block-output");
        robot.clickOn("File").clickOn("New Sequential Model");
        waitUntil(10, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(fx(() -> pane.getContentText().contains("unsaved changes")), fx(pane::getContentText));
        return pane;
    }

    private static void cancel(FxRobot robot, DialogPane pane) throws Exception {
        robot.clickOn(pane.lookupButton(ButtonType.CANCEL));
        waitUntil(10, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }

    private static double brightness(Parent p) {
        return ((Color) ((Region) p).getBackground().getFills().get(0).getFill()).getBrightness();
    }

    private static double brightness(Paint p) {
        java.awt.Color c = (java.awt.Color) p;
        return java.awt.Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null)[2];
    }
}
