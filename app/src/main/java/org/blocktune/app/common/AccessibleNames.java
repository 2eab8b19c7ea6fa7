package org.blocktune.app.common;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;

/**
 * Connects the visible labels of forms with the controls they stand beside, so a screen reader says
 * "Training share, 0.75" instead of "text field, 0.75": a control that has neither its own text nor an
 * accessible text gets the label just before it in its row (the nearest label to its left in a
 * {@link GridPane} row, or the nearest label before it in a box), through {@link Label#setLabelFor}.
 * Controls without such a label (lists, tables, charts) are named where they are made.
 * {@link #install} names a window's controls when it opens, whenever a step (tab) is shown, and whenever a
 * control gets the keyboard focus (for rows built later). FX thread only.
 */
public final class AccessibleNames {
    private AccessibleNames() {
    }

    /** Names the controls of {@code scene} now, when the focus moves, and after {@code refresh} fires. */
    public static void install(Scene scene) {
        nameFromLayout(scene.getRoot());
        scene.focusOwnerProperty().addListener((o, a, b) -> {
            if (b != null && b.getParent() != null) {
                nameFromLayout(b.getParent());
            }
        });
    }

    /** Names the controls of {@code root} later, once its content is laid out (a step that was just shown). */
    public static void nameLater(Node root) {
        Platform.runLater(() -> nameFromLayout(root));
    }

    /** Gives every unnamed control under {@code root} the label beside it, where there is one. */
    public static void nameFromLayout(Node root) {
        if (root instanceof Control c && !hasName(c)) {
            Label l = labelBeside(c, 0);
            if (l != null) {
                if (l.getLabelFor() == null) {
                    l.setLabelFor(c);
                } else {
                    c.setAccessibleText(l.getText());
                }
            }
        }
        if (root instanceof Parent p && !(root instanceof ListView<?> || root instanceof TableView<?>
                || root instanceof TreeView<?> || root instanceof ComboBoxBase<?> || root instanceof Spinner<?>)) {
            for (Node child : List.copyOf(p.getChildrenUnmodifiable())) {
                nameFromLayout(child);
            }
        }
    }

    private static boolean hasName(Control c) {
        if (c.getAccessibleText() != null && !c.getAccessibleText().isBlank()) {
            return true;
        }
        if (c instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            return true;
        }
        return c instanceof Label; // a label is text, not a control to name
    }

    /**
     * The label before {@code c} in its row; when {@code c} opens a box of its own (a field and its hint in
     * an HBox that fills a grid cell), the label before that box.
     */
    private static Label labelBeside(Node c, int depth) {
        Parent parent = c.getParent();
        if (parent instanceof GridPane g) {
            int row = index(GridPane.getRowIndex(c));
            int col = index(GridPane.getColumnIndex(c));
            Label best = null;
            int bestCol = -1;
            for (Node n : g.getChildren()) {
                if (n instanceof Label l && text(l) && index(GridPane.getRowIndex(n)) == row) {
                    int lc = index(GridPane.getColumnIndex(n));
                    if (lc < col && lc > bestCol) {
                        best = l;
                        bestCol = lc;
                    }
                }
            }
            return best;
        }
        if (parent != null) {
            List<Node> siblings = parent.getChildrenUnmodifiable();
            for (int i = siblings.indexOf(c) - 1; i >= 0; i--) {
                Node n = siblings.get(i);
                if (n instanceof Label l && text(l)) {
                    return l;
                }
                if (n instanceof Control && !(n instanceof Label)) {
                    return null; // another control stands between: the label is that one's
                }
            }
            if (depth < 2 && !(parent instanceof Control)) {
                return labelBeside(parent, depth + 1);
            }
        }
        return null;
    }

    private static boolean text(Label l) {
        return l.getText() != null && !l.getText().isBlank() && l.isVisible();
    }

    private static int index(Integer i) {
        return i == null ? 0 : i;
    }
}
