package org.blocktune.app.help;

import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.blocktune.app.FxThread;
import org.blocktune.app.MainWindow;
import org.blocktune.app.workbench.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** F1 opens the help page of the step on show; Help ▸ Keyboard Shortcuts lists the keys that are registered. */
@ExtendWith(ApplicationExtension.class)
class HelpTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = FxThread.startWindow(stage);
    }

    @Test
    void f1OnEveryStepOpensThatStepsPage(FxRobot robot) throws Exception {
        for (Step step : Step.values()) {
            robot.interact(stage::requestFocus);
            KeyCode digit = KeyCode.valueOf("DIGIT" + (step.ordinal() + 1));
            robot.press(KeyCode.CONTROL).type(digit).release(KeyCode.CONTROL);
            assertEquals(step, fx(window::currentStep), "Ctrl+" + (step.ordinal() + 1));
            robot.type(KeyCode.F1);
            waitUntil(5, () -> window.helpMenu().window().stage() != null
                    && window.helpMenu().window().stage().isShowing());
            Stage help = window.helpMenu().window().stage();
            assertEquals("BlockTune Help — " + step.title() + ": ",
                    fx(help::getTitle).substring(0, ("BlockTune Help — " + step.title() + ": ").length()));
            String text = fx(() -> MarkdownView.plainText(help.getScene().lookup("#helpPage")));
            assertTrue(text.startsWith(step.title() + ": "), text);
            assertTrue(text.contains("The parts of the screen") && text.contains("Common mistakes"), text);
            assertFalse(text.contains("**") || text.contains("`"), "Markdown marks are rendered, not shown: " + text);
            robot.type(KeyCode.ESCAPE);
            waitUntil(5, () -> !help.isShowing());
        }
    }

    @Test
    void theShortcutListHoldsTheMenusAcceleratorsAndTheEditorsKeys(FxRobot robot) throws Exception {
        robot.interact(() -> window.helpMenu().items().get(1).fire());
        waitUntil(5, () -> window.helpMenu().window().stage() != null
                && window.helpMenu().window().stage().isShowing());
        Stage help = window.helpMenu().window().stage();
        @SuppressWarnings("unchecked")
        TableView<ShortcutList.Row> table = (TableView<ShortcutList.Row>) fx(() -> help.getScene()
                .lookup("#shortcutTable"));
        List<ShortcutList.Row> rows = fx(() -> List.copyOf(table.getItems()));
        List<String> keys = rows.stream().map(ShortcutList.Row::keys).toList();
        for (String k : List.of("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+6", "Ctrl+S", "F2", "Ctrl+Z",
                "F1", "Delete", "Alt+Up", "Shift+F10", "C", "W", "Enter", "Esc")) {
            assertTrue(keys.contains(k), k + " is listed: " + keys);
        }
        assertTrue(rows.contains(new ShortcutList.Row("Ctrl+S", "Save", "File ▸ Save")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.keys().equals("Alt+Up") && r.where().equals("Model canvas")));
        assertTrue(rows.stream().anyMatch(r -> r.keys().equals("Enter") && r.where().equals("Block palette")));
        // generated from what is registered: every accelerator the menu bar holds is listed
        javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        List<String> accelerators = fx(() -> accelerators(bar));
        assertTrue(accelerators.size() > 20, accelerators.toString());
        assertTrue(keys.containsAll(accelerators), accelerators + " vs " + keys);
    }

    private static List<String> accelerators(javafx.scene.control.MenuBar bar) {
        List<String> out = new java.util.ArrayList<>();
        bar.getMenus().forEach(m -> collect(m, out));
        return out;
    }

    private static void collect(javafx.scene.control.Menu m, List<String> out) {
        for (javafx.scene.control.MenuItem i : m.getItems()) {
            if (i instanceof javafx.scene.control.Menu sub) {
                collect(sub, out);
            } else if (i.getAccelerator() != null) {
                out.add(i.getAccelerator().getDisplayText());
            }
        }
    }

    @Test
    void markdownIsRenderedIntoHeadingsListsAndInlineStyles() {
        Node page = MarkdownView.render("# Title\n\nA **bold** and `code` word.\n\n- one\n  more\n- two\n1. first\n", 300);
        String text = MarkdownView.plainText(page);
        assertEquals("Title\nA bold and code word.\n•  one more\n•  two\n1.  first\n", text);
        assertEquals("Title", MarkdownView.title("# Title\n\ntext"));
    }
}
