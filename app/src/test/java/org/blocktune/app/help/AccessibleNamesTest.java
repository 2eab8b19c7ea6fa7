package org.blocktune.app.help;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.blocktune.app.FxThread;
import org.blocktune.app.MainWindow;
import org.blocktune.app.workbench.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every control a keyboard user can reach (focus traversable and shown, enabled or not) on every step has a
 * name a screen reader can read: its accessible text, its own visible text in words (not a symbol such as
 * "↑"), a label pointing at it (labelFor), or, for a table, its column headings.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = FxThread.startWindow(stage);
    }

    @Test
    void everyFocusableControlOnEveryStepHasAName(FxRobot robot) throws Exception {
        robot.interact(window::openIrisWorkflow); // every screen with content: model, data, grid
        FxThread.waitUntil(60, () -> window.workbench().dataShape() != null);
        robot.interact(() -> window.document().select(List.of("dense"), false)); // the inspector shows a block
        List<String> unnamed = new ArrayList<>();
        for (Step step : Step.values()) {
            robot.interact(() -> window.showStep(step));
            unnamed.addAll(FxThread.fx(() -> unnamed(stage.getScene(), step)));
        }
        assertTrue(unnamed.isEmpty(), unnamed.size() + " controls without a name:\n" + String.join("\n", unnamed));
    }

    /** The reachable controls of the scene that have no name, described by step, class and id. */
    static List<String> unnamed(Scene scene, Step step) {
        List<Label> labels = new ArrayList<>();
        collectLabels(scene.getRoot(), labels);
        List<String> out = new ArrayList<>();
        walk(scene.getRoot(), labels, step, out);
        return out;
    }

    private static void collectLabels(Node n, List<Label> out) {
        if (n instanceof Label l && l.getLabelFor() != null) {
            out.add(l);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectLabels(c, out));
        }
    }

    private static void walk(Node n, List<Label> labels, Step step, List<String> out) {
        if (!n.isVisible()) {
            return; // disabled controls count: a screen reader still reads them
        }
        if (n.isFocusTraversable() && !named(n, labels)) {
            out.add(step.title() + ": " + n.getClass().getSimpleName() + " #" + n.getId() + " " + n.getStyleClass());
        }
        // a list's, table's, combo box's or spinner's insides (cells, editor) are read through the control
        boolean composite = n instanceof javafx.scene.control.ListView<?> || n instanceof TableView<?>
                || n instanceof javafx.scene.control.TreeView<?> || n instanceof ComboBoxBase<?>
                || n instanceof javafx.scene.control.Spinner<?>;
        if (n instanceof Parent p && !composite) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, labels, step, out));
        }
    }

    static boolean named(Node n, List<Label> labels) {
        if (!blank(n.getAccessibleText())) {
            return true;
        }
        if (n instanceof Labeled l && !blank(l.getText()) && l.getText().codePoints().anyMatch(Character::isLetterOrDigit)) {
            return true; // words, not a symbol such as "↑" or "+"
        }
        if (labels.stream().anyMatch(l -> l.getLabelFor() == n && !blank(l.getText()))) {
            return true;
        }
        if (n instanceof TableView<?> t) {
            return !t.getColumns().isEmpty() && t.getColumns().stream().allMatch(c -> !blank(c.getText()));
        }
        if (n instanceof TabPane t) {
            return t.getTabs().stream().allMatch(tab -> !blank(tab.getText()));
        }
        return false;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
