package org.blocktune.app.tuning;

import static org.blocktune.app.FxThread.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.blocktune.app.common.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The finished-fits table of the Run screen shows every tuned parameter's and metric's whole name. */
@ExtendWith(ApplicationExtension.class)
class FitTableTest {
    private FitTable table;

    @Start
    void start(Stage stage) {
        table = new FitTable();
        Scene scene = new Scene(table.node(), 1180, 300);
        scene.getStylesheets().addAll(Theme.EDITOR, Theme.WORKBENCH);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void columnHeadingsShowWholeNames() throws Exception {
        List<String> params = List.of("num_hidden_1", "hidden_1_units", "hidden_1_rate", "compile_optimizer");
        List<String> metrics = List.of("accuracy", "bal_accuracy", "mn_log_loss");
        List<String> shown = fx(() -> {
            table.columns(params, metrics);
            table.node().applyCss();
            table.node().layout();
            return table.node().lookupAll(".column-header .label").stream()
                    .map(n -> ((Text) ((Label) n).lookup(".text")).getText()).toList();
        });
        assertEquals(List.of("candidate", "num_hidden_1", "hidden_1_units", "hidden_1_rate", "compile_optimizer",
                "resample", "status", "Why?", "accuracy", "bal_accuracy", "mn_log_loss", "elapsed", "message"), shown);
    }

    @Test
    void aLongFailureMessageShowsWhollyInAWrappedTooltipOfReadableWidth(org.testfx.api.FxRobot robot) throws Exception {
        String message = "The candidate could not be built: " + "the dense block's units argument must be a "
                + "positive whole number, but the search space gave it -4; change the lower end of dense_units in "
                + "the Search space step to 1 or more, or untick tune and give it a fixed value. ".repeat(2);
        robot.interact(() -> {
            table.columns(List.of("dense_units"), List.of("accuracy"));
            table.rows().add(new org.blocktune.core.tune.FitRecord("cand_001", java.util.Map.of("dense_units", -4),
                    "Fold1", 1L, org.blocktune.core.tune.FitStatus.FAILED, "invalid", message, java.util.Map.of(),
                    null, 12L, null));
        });
        javafx.scene.Node cell = fx(() -> table.node().lookupAll(".table-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && message.equals(c.getItem()))
                .findFirst().orElseThrow());
        robot.moveTo(cell);
        org.blocktune.app.FxThread.waitUntil(10, () -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing()));
        javafx.scene.control.Tooltip tip = fx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing())
                .map(w -> (javafx.scene.control.Tooltip) w).findFirst().orElseThrow());
        assertEquals(message, fx(tip::getText));
        org.junit.jupiter.api.Assertions.assertTrue(fx(tip::isWrapText), "the message wraps");
        double width = fx(tip::getWidth);
        org.junit.jupiter.api.Assertions.assertTrue(width <= org.blocktune.app.common.LongTip.MAX_WIDTH + 20,
                "a " + message.length() + "-character message in a tooltip " + width + " px wide");
        double screen = fx(() -> javafx.stage.Screen.getPrimary().getVisualBounds().getMaxX());
        org.junit.jupiter.api.Assertions.assertTrue(fx(() -> tip.getX() + tip.getWidth()) <= screen + 1,
                "the tooltip stays on the screen");
    }
}
