package org.blocktune.app.common;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A key a view answers while it has the focus, what it does, and the action. A view keeps its bindings in
 * one list that both dispatches the keys ({@link #install}) and feeds Help ▸ Keyboard Shortcuts, so the
 * list shown to the user cannot drift from the keys that work.
 *
 * @param keys   the key combination
 * @param what   what it does, in a few words
 * @param action what runs
 */
public record KeyBinding(KeyCombination keys, String what, Runnable action) {

    /**
     * A binding from text such as {@code "Alt+Up"}, {@code "Shift+F10"} or {@code "CONTEXT_MENU"}: modifiers
     * (Shift, Ctrl, Alt, Shortcut) and a {@link KeyCode} constant's name, in any case. (KeyCombination's own
     * parser reads unknown key names, such as "Escape", as a typed character that never matches.)
     */
    public static KeyBinding of(String keys, String what, Runnable action) {
        String[] parts = keys.split("\\+");
        List<KeyCombination.Modifier> mods = new java.util.ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) {
            mods.add(switch (parts[i].toLowerCase(java.util.Locale.ROOT)) {
                case "shift" -> KeyCombination.SHIFT_DOWN;
                case "ctrl" -> KeyCombination.CONTROL_DOWN;
                case "alt" -> KeyCombination.ALT_DOWN;
                case "shortcut" -> KeyCombination.SHORTCUT_DOWN;
                default -> throw new IllegalArgumentException("not a modifier: " + parts[i] + " in " + keys);
            });
        }
        KeyCode code = KeyCode.valueOf(parts[parts.length - 1].toUpperCase(java.util.Locale.ROOT));
        return new KeyBinding(new KeyCodeCombination(code, mods.toArray(KeyCombination.Modifier[]::new)), what, action);
    }

    /** The keys in words ("Alt+Up", "Shift+F10", "Enter"; JavaFX's display text would show arrows). */
    public String keyText() {
        if (!(keys instanceof KeyCodeCombination k)) {
            return keys.getDisplayText();
        }
        StringBuilder b = new StringBuilder();
        if (k.getShortcut() == KeyCombination.ModifierValue.DOWN) {
            b.append("Shortcut+");
        }
        if (k.getControl() == KeyCombination.ModifierValue.DOWN) {
            b.append("Ctrl+");
        }
        if (k.getAlt() == KeyCombination.ModifierValue.DOWN) {
            b.append("Alt+");
        }
        if (k.getShift() == KeyCombination.ModifierValue.DOWN) {
            b.append("Shift+");
        }
        return b.append(k.getCode().getName()).toString();
    }

    /**
     * Makes {@code node} run the first matching binding for each key press (and consume that key). Keys
     * typed into a text field inside the node (the canvas's repeat-count editor) are left to the field.
     */
    public static void install(Node node, List<KeyBinding> bindings) {
        node.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (!(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                run(bindings, e);
            }
        });
    }

    /**
     * Like {@link #install}, but as an event filter: the bindings run before the focused control inside
     * {@code node} sees the key (Escape in a text field of a panel).
     */
    public static void installFilter(Node node, List<KeyBinding> bindings) {
        node.addEventFilter(KeyEvent.KEY_PRESSED, e -> run(bindings, e));
    }

    private static void run(List<KeyBinding> bindings, KeyEvent e) {
        for (KeyBinding b : bindings) {
            if (b.keys().match(e)) {
                e.consume();
                b.action().run();
                return;
            }
        }
    }
}
