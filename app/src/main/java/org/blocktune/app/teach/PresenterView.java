package org.blocktune.app.teach;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.blocktune.app.common.Settings;
import org.blocktune.app.common.Theme;

/**
 * View ▸ Presenter view: for a projector or a class, about 1.5 times the fonts, high-contrast colours (in
 * the light and the dark theme) and the advanced panels hidden (the search strategy, the run's workers,
 * run folder and place, the CSV import options). Remembered between starts ({@code presenter} in the
 * {@link Settings}). FX thread only.
 */
public final class PresenterView {
    private static final String KEY = "presenter";
    private static final String FONTS = sheet("presenter.css");
    private static final String LIGHT = sheet("presenter-light.css");
    private static final String DARK = sheet("presenter-dark.css");
    private static final BooleanProperty ON = new SimpleBooleanProperty(false);
    private static boolean listening;

    private PresenterView() {
    }

    /** Reads the remembered setting; from then on, switching restyles every window. */
    public static void install() {
        ON.set(Boolean.parseBoolean(Settings.get(KEY, "false").strip()));
        if (!listening) {
            listening = true;
            ON.addListener((o, a, b) -> Window.getWindows().forEach(w -> Theme.style(w.getScene())));
        }
    }

    /** True while the presenter view is on. */
    public static boolean on() {
        return ON.get();
    }

    public static BooleanProperty onProperty() {
        return ON;
    }

    /** Switches the presenter view on or off and remembers it for the next start. */
    public static void set(boolean on) {
        ON.set(on);
        Settings.put(KEY, String.valueOf(on));
    }

    /** The stylesheets the presenter view adds after the theme's (none while it is off). */
    public static List<String> sheets(boolean dark) {
        return ON.get() ? List.of(FONTS, dark ? DARK : LIGHT) : List.of();
    }

    /** Every stylesheet the presenter view may add (to remove them when it is off or the theme changes). */
    public static List<String> allSheets() {
        return List.of(FONTS, LIGHT, DARK);
    }

    /** {@code panel} in a box that the presenter view hides (an advanced panel). */
    public static Node advanced(Node panel) {
        VBox box = new VBox(panel);
        box.getStyleClass().add("advanced-panel");
        hide(box);
        javafx.scene.layout.VBox.setVgrow(panel, javafx.scene.layout.Priority.NEVER);
        return box;
    }

    /** Hides the given rows of {@code grid} (every node in them) while the presenter view is on. */
    public static void hideRows(GridPane grid, int... rows) {
        for (Node n : grid.getChildren()) {
            Integer r = GridPane.getRowIndex(n);
            int row = r == null ? 0 : r;
            for (int hidden : rows) {
                if (row == hidden) {
                    n.getStyleClass().add("advanced-panel");
                    hide(n);
                }
            }
        }
    }

    private static void hide(Node n) {
        n.visibleProperty().bind(ON.not());
        n.managedProperty().bind(ON.not());
    }

    private static String sheet(String name) {
        return PresenterView.class.getResource("/org/blocktune/app/teach/" + name).toExternalForm();
    }
}
