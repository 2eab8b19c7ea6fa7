package org.blocktune.app.help;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.blocktune.app.workbench.Step;

/** Help ▸ Help for This Step (F1) and Help ▸ Keyboard Shortcuts, over one {@link HelpWindow}. */
public final class HelpMenu {
    private final HelpWindow window;
    private final Supplier<Step> step;
    private final Supplier<ShortcutList> shortcuts;

    /**
     * @param owner     the main window
     * @param step      the step on show when F1 is pressed
     * @param shortcuts the window's shortcuts, read when the list is opened
     */
    public HelpMenu(Window owner, Supplier<Step> step, Supplier<ShortcutList> shortcuts) {
        this.window = new HelpWindow(owner);
        this.step = step;
        this.shortcuts = shortcuts;
    }

    /** The menu items, to put at the top of the Help menu. */
    public List<MenuItem> items() {
        MenuItem page = new MenuItem("Help for This Step");
        page.setId("helpForStep");
        page.setAccelerator(KeyCombination.keyCombination("F1"));
        page.setOnAction(e -> window.showStep(step.get()));
        MenuItem keys = new MenuItem("Keyboard Shortcuts");
        keys.setId("keyboardShortcuts");
        keys.setOnAction(e -> window.showShortcuts(shortcuts.get()));
        return List.of(page, keys, new javafx.scene.control.SeparatorMenuItem());
    }

    /** The help window (for tests). */
    public HelpWindow window() {
        return window;
    }
}
