package org.blocktune.app.tuning;

import static org.blocktune.app.FxThread.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.blocktune.app.common.Theme;
import org.blocktune.core.tune.Candidate;
import org.blocktune.core.tune.FitKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A running fit of the Run step with many tuned values, in a list as narrow as the Run step's in a
 * 1280-pixel window: its title shows whole, on more lines, with no sideways scroll bar (the values
 * used to end in "body_dropout = 0" behind one).
 */
@ExtendWith(ApplicationExtension.class)
class RunningFitCellTest {
    private ListView<RunningFit> list;

    @Start
    void start(Stage stage) {
        list = new ListView<>();
        list.setCellFactory(v -> new TuningScreen.RunningFitCell());
        Scene scene = new Scene(list, 480, 200);
        scene.getStylesheets().addAll(Theme.EDITOR, Theme.WORKBENCH);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aLongTitleWrapsInsteadOfScrollingSideways() throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("num_body", 2);
        values.put("body_units", 32);
        values.put("body_dropout", 0.04341);
        values.put("learn_rate", 0.000361);
        values.put("compile_optimizer", "adam");
        RunningFit fit = new RunningFit(new FitKey(new Candidate("cand_001", values), "validation", 1));
        String shown = fx(() -> {
            list.getItems().setAll(fit);
            list.applyCss();
            list.layout();
            Label title = (Label) list.lookup("#runningFitTitle");
            return ((Text) title.lookup(".text")).getText();
        });
        assertEquals(fit.title(), shown);
        assertFalse(fx(() -> list.lookupAll(".scroll-bar").stream()
                .anyMatch(n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL && visible(b))),
                "no sideways scroll bar");
    }

    private static boolean visible(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
