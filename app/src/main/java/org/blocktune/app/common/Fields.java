package org.blocktune.app.common;

import java.util.Optional;
import java.util.function.Function;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * Small helpers for form fields that are checked as you type: a bad entry is marked in place
 * (the editor's {@code invalid-value} style) with a message saying what is wrong, and the text
 * is kept so nothing the user typed is lost.
 */
public final class Fields {
    private Fields() {
    }

    /** A message label under a field (the editor's {@code value-problem} style); empty when fine. */
    public static Label problemLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("value-problem");
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }

    /**
     * Fired (bubbling up from the control) when {@link #mark} changes whether a control holds a bad
     * entry, so a screen can say that what it shows is based on the last good entries.
     */
    public static final EventType<Event> VALIDITY_CHANGED = new EventType<>(Event.ANY, "BT_VALIDITY_CHANGED");

    /** Marks a control as holding a bad entry, or clears the mark. */
    public static void mark(Control c, boolean invalid) {
        boolean was = c.getStyleClass().contains("invalid-value");
        if (!invalid) {
            c.getStyleClass().remove("invalid-value");
        } else if (!was) {
            c.getStyleClass().add("invalid-value");
        }
        if (was != invalid) {
            c.fireEvent(new Event(VALIDITY_CHANGED));
        }
    }

    /** A text field of a few columns with an id. */
    public static TextField text(String id, String value, int columns) {
        TextField f = new TextField(value);
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }

    /**
     * Disables or enables a control; when it has the focus and is being disabled, the focus first
     * goes to {@code focusInstead}. (A disabled focus owner makes the scene look for the next
     * focusable node, and JavaFX 21 can fail doing that inside a table that is being rebuilt.)
     */
    public static void disable(Control c, boolean disable, javafx.scene.Node focusInstead) {
        if (disable && c.isFocused() && focusInstead != null) {
            focusInstead.requestFocus();
        }
        c.setDisable(disable);
    }

    /** Parses a whole number, or empty. */
    public static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Parses a number, or empty (NaN and infinities are not numbers here). */
    public static Optional<Double> parseDouble(String text) {
        try {
            double d = Double.parseDouble(text.trim());
            return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks {@code field} on every keystroke with {@code check} (returns a problem or null), shows the
     * problem in {@code problem} and marks the field; calls {@code accept} with the text when it is fine.
     */
    public static void checkAsYouType(TextField field, Label problem, Function<String, String> check,
                                      java.util.function.Consumer<String> accept) {
        field.textProperty().addListener((o, old, text) -> {
            String p = check.apply(text);
            problem.setText(p == null ? "" : p);
            mark(field, p != null);
            if (p == null) {
                accept.accept(text);
            }
        });
    }

    /** Formats a value for a table cell: numbers compactly, others as text. */
    public static String format(Object v) {
        if (v instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e9) {
                return String.valueOf(d.longValue()) + ".0";
            }
            double a = Math.abs(d);
            boolean extreme = a != 0 && (a < 1e-3 || a >= 1e6);
            return withoutTrailingZeros(String.format(java.util.Locale.ROOT, extreme ? "%.3g" : "%.4g", d));
        }
        return String.valueOf(v);
    }

    /** "0.000100" → "0.0001", "1.50e-05" → "1.5e-05", "0.2500" → "0.25": the digits that say something. */
    private static String withoutTrailingZeros(String s) {
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return e < 0 ? mantissa : mantissa + s.substring(e);
    }
}
