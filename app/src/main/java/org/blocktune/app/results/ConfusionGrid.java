package org.blocktune.app.results;

import java.util.List;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.blocktune.core.metrics.ConfusionMatrix;

/**
 * A confusion matrix as a grid of counts: rows are the true classes, columns the predicted ones.
 * Each cell is shaded by its share of its true class (green on the diagonal, red off it), with the
 * row and column totals at the ends. Cells have ids {@code confusion-<truth>-<predicted>} (indices).
 */
final class ConfusionGrid {
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
        Label corner = new Label("truth ↓  predicted →");
        corner.getStyleClass().add("confusion-corner");
        g.add(corner, 0, 0);
        for (int p = 0; p < k; p++) {
            g.add(header(levels.get(p)), p + 1, 0);
        }
        g.add(header("total"), k + 1, 0);
        for (int t = 0; t < k; t++) {
            Label rowHead = header(levels.get(t));
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
                cell.setMinSize(64, 34);
                cell.setAlignment(Pos.CENTER);
                cell.setStyle(shade(t == p, share));
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
        int correct = 0;
        for (int i = 0; i < k; i++) {
            correct += cm.count(i, i);
        }
        Label caption = new Label(correct + " of " + cm.total() + " test rows predicted correctly");
        caption.setId("confusionCaption");
        caption.getStyleClass().add("inspector-description");
        VBox box = new VBox(6, g, caption);
        return box;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("confusion-header");
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER);
        return l;
    }

    private static Label total(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("confusion-total");
        l.setMinSize(48, 34);
        l.setAlignment(Pos.CENTER);
        return l;
    }

    /** Background and text colour: the larger the share, the stronger the colour. */
    private static String shade(boolean diagonal, double share) {
        double a = share == 0 ? 0.04 : 0.15 + 0.85 * share;
        String rgb = diagonal ? "30, 123, 52" : "214, 69, 69";
        String text = a > 0.55 ? "white" : "-bt-text"; // the theme's text colour on a faint tint
        return String.format(Locale.ROOT, "-fx-background-color: rgba(%s, %.2f); -fx-text-fill: %s;", rgb, a, text);
    }
}
