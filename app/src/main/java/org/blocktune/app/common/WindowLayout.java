package org.blocktune.app.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the main window's size, position and maximised state and the split panes' divider
 * positions between starts, in the settings file ({@link Settings}). A remembered place that no
 * longer fits on any screen (a monitor was unplugged) is replaced by the default size, centred.
 */
public final class WindowLayout {
    private static final Map<String, SplitPane> SPLITS = new LinkedHashMap<>();
    /** The panes whose dividers the user dragged: only these are stored (a pane's positions drift in small windows). */
    private static final java.util.Set<String> MOVED = new java.util.HashSet<>();
    private static final double MIN_VISIBLE = 120;
    private static final String INTENDED = "blocktune.intendedSize";

    private WindowLayout() {
    }

    /**
     * Registers a split pane under {@code key} and gives it its remembered divider positions, if any
     * (else the ones it has keep). Call it after setting the default positions.
     */
    public static void remember(String key, SplitPane pane) {
        SPLITS.put(key, pane);
        MOVED.remove(key);
        pane.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            for (Object n = e.getTarget(); n instanceof javafx.scene.Node node && node != pane; n = node.getParent()) {
                if (node.getStyleClass().contains("split-pane-divider")) {
                    MOVED.add(key);
                }
            }
        });
        double[] saved = parse(Settings.get("split." + key, ""));
        if (saved.length == pane.getDividers().size() && saved.length > 0
                && java.util.Arrays.stream(saved).allMatch(d -> d >= 0 && d <= 1)) {
            pane.setDividerPositions(saved);
        }
    }

    /**
     * Sizes and places a stage that is not shown yet: where it was when it was last closed, else at
     * {@code width} × {@code height} (smaller when the screen is), centred on the primary screen.
     */
    public static void place(Stage stage, double width, double height) {
        double[] b = parse(Settings.get("window.bounds", ""));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (b.length == 4 && b[2] >= 200 && b[3] >= 150 && visible(b)) {
            stage.setX(b[0]);
            stage.setY(b[1]);
            stage.setWidth(b[2]);
            stage.setHeight(b[3]);
        } else {
            double w = Math.min(width, screen.getWidth());
            double h = Math.min(height, screen.getHeight());
            stage.setWidth(w);
            stage.setHeight(h);
            stage.setX(screen.getMinX() + (screen.getWidth() - w) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - h) / 2);
        }
        stage.getProperties().put(INTENDED, new double[] {stage.getWidth(), stage.getHeight()});
        stage.setMaximized(Boolean.parseBoolean(Settings.get("window.maximized", "false")));
    }

    /**
     * Sets a shown stage's minimum size. Under GTK window managers (openbox, for one) setting a minimum
     * shrinks the window to it, on every start; for the next two seconds a shrink below the size
     * {@link #place} gave the window is undone once.
     */
    public static void setMinimum(Stage stage, double width, double height) {
        double w = stage.getProperties().get(INTENDED) instanceof double[] d ? d[0] : stage.getWidth();
        double h = stage.getProperties().get(INTENDED) instanceof double[] d ? d[1] : stage.getHeight();
        stage.setMinWidth(width);
        stage.setMinHeight(height);
        javafx.beans.InvalidationListener shrunk = new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (!stage.isMaximized() && stage.getWidth() <= width + 1 && stage.getHeight() <= height + 1
                        && (w > width + 1 || h > height + 1)) {
                    stage.widthProperty().removeListener(this);
                    stage.heightProperty().removeListener(this);
                    Platform.runLater(() -> {
                        stage.setWidth(w);
                        stage.setHeight(h);
                    });
                }
            }
        };
        stage.widthProperty().addListener(shrunk);
        stage.heightProperty().addListener(shrunk);
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
        later.setOnFinished(e -> {
            stage.widthProperty().removeListener(shrunk);
            stage.heightProperty().removeListener(shrunk);
        });
        later.play();
    }

    /** Stores the stage's place (its size before it was maximised, when it is) and the dividers the user moved. */
    public static void save(Stage stage) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified()) {
            values.put("window.bounds", join(new double[] {stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight()}));
        }
        SPLITS.forEach((key, pane) -> {
            if (MOVED.contains(key)) {
                values.put("split." + key, join(pane.getDividerPositions()));
            }
        });
        Settings.putAll(values);
    }

    /** True when at least a corner of the window's title area would be on some screen. */
    private static boolean visible(double[] b) {
        for (Screen s : Screen.getScreens()) {
            Rectangle2D v = s.getVisualBounds();
            if (v.intersects(b[0], b[1], b[2], MIN_VISIBLE) && v.getMaxX() - b[0] >= MIN_VISIBLE
                    && b[0] + b[2] - v.getMinX() >= MIN_VISIBLE) {
                return true;
            }
        }
        return false;
    }

    private static double[] parse(String s) {
        List<Double> out = new ArrayList<>();
        for (String part : s.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                double d = Double.parseDouble(part.strip());
                if (!Double.isFinite(d)) {
                    return new double[0];
                }
                out.add(d);
            } catch (NumberFormatException e) {
                return new double[0]; // a damaged value costs only the remembered layout
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String join(double[] values) {
        StringBuilder sb = new StringBuilder();
        for (double v : values) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(Math.round(v * 10000) / 10000.0);
        }
        return sb.toString();
    }
}
