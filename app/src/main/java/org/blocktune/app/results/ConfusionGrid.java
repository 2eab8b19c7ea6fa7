package org.blocktune.app.results;

import java.util.List;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.blocktune.core.metrics.ConfusionMatrix;

/**
 * A confusion matrix as a grid of counts: rows are the true classes, columns the predicted ones.
 * Each cell is shaded by its share of its true class (green on the diagonal, red off it), with the
 * row and column totals at the ends. Class names are never cut short: when more than four classes
 * have names wider than a cell, the column headings stand upright. Every cell and heading has a
 * tooltip in words. Cells have ids {@code confusion-<truth>-<predicted>} (indices).
 */
final class ConfusionGrid {
    private static final double CELL_WIDTH = 64;
    /** Up to this many classes, columns simply widen to fit their names. */
    private static final int MAX_LEVEL_COLUMNS = 4;

    private ConfusionGrid() {
    }

    static Node of(ConfusionMatrix cm) {
        GridPane g = new GridPane();
        g.setId("confusionGrid");
        g.getStyleClass().add("confusion-grid");
        g.setHgap(2);
        g.setVgap(2);
        List<String> levels = cm.levels();
        int k = levels.size();
        boolean upright = k > MAX_LEVEL_COLUMNS && levels.stream().anyMatch(l -> textWidth(l) > CELL_WIDTH - 12);
        Label corner = new Label(upright ? "predicted →\ntruth ↓" : "truth ↓  predicted →");
        corner.getStyleClass().add("confusion-corner");
        corner.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(corner, VPos.BOTTOM);
        GridPane.setHalignment(corner, HPos.RIGHT);
        g.add(corner, 0, 0);
        for (int p = 0; p < k; p++) {
            Label h = header(levels.get(p));
            h.setTooltip(new Tooltip("predicted class: " + levels.get(p)));
            g.add(upright ? upright(h) : h, p + 1, 0);
        }
        g.add(header("total"), k + 1, 0);
        for (int t = 0; t < k; t++) {
            Label rowHead = header(levels.get(t));
            rowHead.setTooltip(new Tooltip("true class: " + levels.get(t)));
            rowHead.setAlignment(Pos.CENTER_RIGHT);
            GridPane.setHalignment(rowHead, HPos.RIGHT);
            g.add(rowHead, 0, t + 1);
            int rowTotal = cm.truthTotal(t);
            for (int p = 0; p < k; p++) {
                int n = cm.count(t, p);
                double share = rowTotal == 0 ? 0 : (double) n / rowTotal;
                Label cell = new Label(String.valueOf(n));
                cell.setId("confusion-" + t + "-" + p);
                cell.getStyleClass().add("confusion-cell");
                cell.setMinSize(CELL_WIDTH, 34);
                cell.setTooltip(new Tooltip(describe(n, levels.get(t), levels.get(p), share)));
                cell.setAlignment(Pos.CENTER);
                cell.setStyle(shade(t == p, share));
                if (strong(share)) {
                    cell.getStyleClass().add("confusion-strong");
                }
                g.add(cell, p + 1, t + 1);
            }
            Label total = total(String.valueOf(rowTotal));
            g.add(total, k + 1, t + 1);
        }
        g.add(header("total"), 0, k + 1);
        for (int p = 0; p < k; p++) {
            g.add(total(String.valueOf(cm.predictedTotal(p))), p + 1, k + 1);
        }
        g.add(total(String.valueOf(cm.total())), k + 1, k + 1);
        return g;
    }

    /** "28 of 30 test rows predicted correctly", to show beside or under the grid. */
    static Label caption(ConfusionMatrix cm) {
        int correct = 0;
        for (int i = 0; i < cm.levels().size(); i++) {
            correct += cm.count(i, i);
        }
        Label caption = new Label(correct + " of " + cm.total() + " test rows predicted correctly");
        caption.setId("confusionCaption");
        caption.getStyleClass().add("inspector-description");
        caption.setWrapText(true);
        return caption;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("confusion-header");
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER);
        return l;
    }

    /** The heading turned to read upwards, in a group so the grid makes room for it turned. */
    private static Node upright(Label h) {
        h.setRotate(-90);
        Group turned = new Group(h);
        GridPane.setHalignment(turned, HPos.CENTER);
        GridPane.setValignment(turned, VPos.BOTTOM);
        return turned;
    }

    /** Roughly how wide a heading's text is in the bold heading font. */
    private static double textWidth(String s) {
        Text t = new Text(s);
        Font f = Font.getDefault();
        t.setFont(Font.font(f.getFamily(), FontWeight.BOLD, f.getSize()));
        return t.getLayoutBounds().getWidth();
    }

    /** A share as a whole percentage that never rounds a few rows to 0% or nearly all to 100%. */
    static String percent(double share) {
        if (share > 0 && share < 0.005) {
            return "<1%";
        }
        if (share < 1 && share >= 0.995) {
            return ">99%";
        }
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    static String describe(int n, String truth, String predicted, double share) {
        String rows = n == 1 ? "1 test row" : n + " test rows";
        String outcome = truth.equals(predicted) ? "predicted correctly" : "predicted as " + predicted;
        return rows + " of " + truth + " " + outcome + " (" + percent(share) + " of " + truth + ")";
    }

    private static Label total(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("confusion-total");
        l.setMinSize(48, 34);
        l.setAlignment(Pos.CENTER);
        return l;
    }

    /** The tint's strength: the larger the share, the stronger the colour. */
    private static double alpha(double share) {
        return share == 0 ? 0.04 : 0.15 + 0.85 * share;
    }

    /** Whether the tint is strong enough for white text (else the theme's text colour, from the CSS). */
    private static boolean strong(double share) {
        return alpha(share) > 0.55;
    }

    /** The background; the text colour comes from the style classes (an inline looked-up colour warns). */
    private static String shade(boolean diagonal, double share) {
        String rgb = diagonal ? "30, 123, 52" : "214, 69, 69";
        return String.format(Locale.ROOT, "-fx-background-color: rgba(%s, %.2f);", rgb, alpha(share));
    }
}
