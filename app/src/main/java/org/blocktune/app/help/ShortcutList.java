package org.blocktune.app.help;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.blocktune.app.common.KeyBinding;

/**
 * Every keyboard shortcut of the window, read from what is registered: the accelerators of the menu bar's
 * items (walked at the moment the list is asked for) and the key bindings of the views that answer keys
 * while they have the focus (the canvas, the palette, the inspector). Nothing is typed in twice, so the
 * list cannot drift from the keys that work.
 */
public final class ShortcutList {

    /**
     * One shortcut.
     *
     * @param keys  the keys as shown ("Ctrl+S")
     * @param what  what they do
     * @param where where they work ("File ▸ Save", "Model canvas")
     */
    public record Row(String keys, String what, String where) {
    }

    private final MenuBar menus;
    private final Map<String, List<KeyBinding>> views = new LinkedHashMap<>();

    /** A list over the window's menu bar. */
    public ShortcutList(MenuBar menus) {
        this.menus = menus;
    }

    /** Adds the keys a view answers while it has the focus, under the view's name. */
    public ShortcutList view(String name, List<KeyBinding> bindings) {
        views.put(name, List.copyOf(bindings));
        return this;
    }

    /** Every shortcut: the menus' accelerators in menu order, then each view's keys. */
    public List<Row> rows() {
        List<Row> out = new ArrayList<>();
        for (Menu m : menus.getMenus()) {
            walk(m, m.getText(), out);
        }
        views.forEach((name, bindings) -> bindings.forEach(b ->
                out.add(new Row(b.keyText(), b.what(), name))));
        return out;
    }

    private static void walk(Menu menu, String path, List<Row> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof SeparatorMenuItem) {
                continue;
            }
            String text = item.getText() == null ? "" : item.getText();
            if (item instanceof Menu sub) {
                walk(sub, path + " ▸ " + text, out);
            } else if (item.getAccelerator() != null) {
                out.add(new Row(item.getAccelerator().getDisplayText(), text, path + " ▸ " + text));
            }
        }
    }
}
