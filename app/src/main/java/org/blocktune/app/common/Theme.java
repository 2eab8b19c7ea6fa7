package org.blocktune.app.common;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * The application's light or dark theme: one setting for the whole product, remembered between starts
 * ({@code theme} in the {@link Settings}). Once {@link #install installed}, every window the application
 * opens (the main window, dialogs, alerts) gets the theme's stylesheets on its scene, and charts that
 * {@link #follow} the theme switch with it. The sheets go on scenes, not on root nodes: a dialog given an
 * owner takes its owner scene's stylesheets (JavaFX binds them), and windows without an owner are styled
 * here. FX thread only.
 */
public final class Theme {
    /** The two looks. */
    public enum Mode { LIGHT, DARK }

    /** The editor's stylesheet (the light colours every other sheet looks up). */
    public static final String EDITOR = sheet("/org/blocktune/app/editor/editor.css");
    /** The workbench screens' stylesheet. */
    public static final String WORKBENCH = sheet("/org/blocktune/app/workbench/workbench.css");
    /** The dark overrides, added after the others. */
    public static final String DARK = sheet("/org/blocktune/app/editor/dark.css");
    private static final String KEY = "theme";
    private static final Object WATCHED = new Object();
    private static final Object FOLLOWER = new Object();
    private static final ObjectProperty<Mode> MODE = new SimpleObjectProperty<>(Mode.LIGHT);
    private static boolean installed;

    private Theme() {
    }

    /**
     * Reads the remembered theme and, the first time, starts styling every window the application shows
     * (now and later) with it.
     */
    public static void install() {
        MODE.set(stored());
        if (installed) {
            return;
        }
        installed = true;
        ObservableList<Window> windows = Window.getWindows();
        windows.forEach(Theme::watch);
        windows.addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(Theme::watch);
            }
        });
        MODE.addListener((o, a, b) -> Window.getWindows().forEach(w -> style(w.getScene())));
    }

    /** The theme on show. */
    public static Mode mode() {
        return MODE.get();
    }

    /** True when the dark theme is on. */
    public static boolean dark() {
        return MODE.get() == Mode.DARK;
    }

    public static ReadOnlyObjectProperty<Mode> modeProperty() {
        return MODE;
    }

    /** Switches every window and chart to {@code mode} and remembers it for the next start. */
    public static void set(Mode mode) {
        MODE.set(mode);
        Settings.put(KEY, mode.name().toLowerCase(Locale.ROOT));
    }

    /** Gives {@code scene} the theme's stylesheets (replacing those of the other theme). */
    public static void style(Scene scene) {
        if (scene == null) {
            return;
        }
        List<String> wanted = new java.util.ArrayList<>(dark() ? List.of(EDITOR, WORKBENCH, DARK) : List.of(EDITOR, WORKBENCH));
        wanted.addAll(org.blocktune.app.teach.PresenterView.sheets(dark())); // View ▸ Presenter view
        ObservableList<String> sheets = scene.getStylesheets();
        if (!sheets.equals(wanted)) {
            sheets.removeAll(EDITOR, WORKBENCH, DARK);
            sheets.removeAll(org.blocktune.app.teach.PresenterView.allSheets());
            sheets.addAll(wanted);
        }
    }

    /**
     * Keeps the chart shown by {@code viewer} in the theme's look: now, whenever the theme changes, and
     * (through {@link #chart}) when the viewer is given another chart.
     */
    public static void follow(ChartViewer viewer) {
        ChangeListener<Mode> l = (o, a, b) -> chart(viewer.getChart());
        viewer.getProperties().put(FOLLOWER, l); // the viewer keeps the listener; the theme holds it weakly
        MODE.addListener(new WeakChangeListener<>(l));
        chart(viewer.getChart());
    }

    /** Puts {@code chart} into the theme's look; returns it. */
    public static JFreeChart chart(JFreeChart chart) {
        if (chart != null) {
            ChartColours.apply(chart, dark());
        }
        return chart;
    }

    private static void watch(Window w) {
        if (w instanceof PopupWindow) {
            return; // menus, tooltips and pop-ups take their styles from the node that owns them
        }
        if (w.getProperties().put(WATCHED, Boolean.TRUE) == null) {
            w.sceneProperty().addListener((o, a, s) -> style(s));
        }
        style(w.getScene());
    }

    private static Mode stored() {
        return "dark".equalsIgnoreCase(Settings.get(KEY, "light").strip()) ? Mode.DARK : Mode.LIGHT;
    }

    private static String sheet(String path) {
        return Theme.class.getResource(path).toExternalForm();
    }
}
