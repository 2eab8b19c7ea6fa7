package org.blocktune.app.space;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.blocktune.app.common.Fields;

/**
 * Says when the candidate preview no longer matches what the Search space step shows: a range,
 * a list of values, a levels count or a grid setting holds a bad entry, so the preview (and the
 * run) still use the last good one. Watches the step for {@link Fields#VALIDITY_CHANGED}.
 */
final class StaleMark {
    private static final String STALE = "stale-preview";
    private static final Map<String, String> GRID_FIELDS = Map.of(
            "gridLevels", "the grid's levels", "gridSize", "the number of candidates",
            "bayesInitial", "the initial size", "bayesIterations", "the iterations",
            "bayesNoImprovement", "the no-improvement limit", "seed", "the seed");

    private final Label banner = new Label();
    private final Node preview;
    private Parent screen;
    private boolean queued;

    StaleMark(Node preview) {
        this.preview = preview;
        banner.setId("gridStale");
        banner.setWrapText(true);
        banner.getStyleClass().add("value-warning");
        banner.managedProperty().bind(banner.textProperty().isNotEmpty());
        banner.visibleProperty().bind(banner.textProperty().isNotEmpty());
    }

    /** The line above the preview; empty (and hidden) while every entry is good. */
    Label banner() {
        return banner;
    }

    /** Starts watching a screen: every field under it that feeds the preview. */
    void watch(Parent screen) {
        this.screen = screen;
        screen.addEventHandler(Fields.VALIDITY_CHANGED, e -> later());
        later();
    }

    /** Looks again after the current change has settled (rows may be rebuilt in between). */
    void later() {
        if (queued) {
            return;
        }
        queued = true;
        Platform.runLater(() -> {
            queued = false;
            update();
        });
    }

    private void update() {
        Set<String> bad = new LinkedHashSet<>();
        if (screen != null) {
            for (Node n : screen.lookupAll(".invalid-value")) {
                String what = describe(n.getId());
                if (what != null && showing(n)) {
                    bad.add(what);
                }
            }
        }
        if (bad.isEmpty()) {
            banner.setText("");
            preview.getStyleClass().remove(STALE);
            return;
        }
        banner.setText("⚠ Out of date: " + String.join(", ", bad) + (bad.size() == 1 ? " holds" : " hold")
                + " an entry that is not valid (marked red), so these are the candidates of the last valid "
                + "entries. Fix or undo it to update them.");
        if (!preview.getStyleClass().contains(STALE)) {
            preview.getStyleClass().add(STALE);
        }
    }

    /** Which argument or setting a field belongs to, or null when it does not feed the preview. */
    private static String describe(String id) {
        if (id == null) {
            return null;
        }
        if (id.startsWith("domain-")) {
            int dash = id.indexOf('-', "domain-".length());
            return dash < 0 ? null : id.substring(dash + 1);
        }
        return GRID_FIELDS.get(id);
    }

    private boolean showing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
            if (p == screen) {
                return true;
            }
        }
        return false;
    }
}
