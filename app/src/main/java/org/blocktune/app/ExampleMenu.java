package org.blocktune.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.blocktune.app.editor.io.EditorProject;
import org.blocktune.app.editor.io.ProjectCodec;
import org.blocktune.core.examples.ExampleProject;
import org.blocktune.core.examples.ExampleProjects;
import org.blocktune.core.project.Budget;
import org.blocktune.core.project.ShippedData;

/**
 * The Examples menu's entries for the shipped example projects: one submenu per example, with its quick
 * budget (a minute or less) and the full budget of the seed it comes from, each saying how many fits it runs.
 */
final class ExampleMenu {
    private static final Map<String, String> TITLES = Map.of(
            "iris", "Iris: training arguments",
            "fashion-mlp", "Fashion-MNIST MLP: architecture",
            "diamonds", "Diamonds: structural tuning (regression)",
            "attrition", "Attrition: two towers",
            "fashion-random-search", "Fashion-MNIST: random search");

    private ExampleMenu() {
    }

    /** One submenu per shipped example; choosing a budget calls {@code open} with the example and "quick?". */
    static Menu[] submenus(BiConsumer<ExampleProject, Boolean> open) {
        return ExampleProjects.all().stream().map(ex -> {
            Menu m = new Menu(title(ex) + " (seed " + ex.seed() + ")");
            m.setId("example-" + ex.name());
            m.getItems().addAll(item(ex, true, "Quick budget", open), item(ex, false, "Full budget of the seed", open));
            return m;
        }).toArray(Menu[]::new);
    }

    /**
     * Adds the {@link #submenus} to {@code menu} at {@code index} once the window has drawn its first
     * frame (reading every example project takes a noticeable part of start-up), or when the menu is
     * opened before that.
     */
    static void fillLater(Menu menu, int index, BiConsumer<ExampleProject, Boolean> open) {
        boolean[] done = new boolean[1];
        Runnable fill = () -> {
            if (!done[0]) {
                done[0] = true;
                menu.getItems().addAll(index, java.util.List.of(submenus(open)));
            }
        };
        menu.addEventHandler(Menu.ON_SHOWING, e -> fill.run());
        javafx.application.Platform.runLater(() -> javafx.application.Platform.runLater(fill));
    }

    /** A budget's entry, saying how many fits it runs, e.g. "Quick budget (4 fits of 5 epochs)". */
    private static MenuItem item(ExampleProject ex, boolean quick, String label, BiConsumer<ExampleProject, Boolean> open) {
        String size;
        try {
            size = " (" + Budget.of(ex.project(quick)).describe() + ")";
        } catch (IllegalArgumentException e) {
            size = "";
        }
        MenuItem item = new MenuItem(label + size);
        item.setId("example-" + ex.name() + (quick ? "-quick" : "-full"));
        item.setOnAction(e -> open.accept(ex, quick));
        return item;
    }

    /** The title shown for an example. */
    static String title(ExampleProject ex) {
        return TITLES.getOrDefault(ex.name(), ex.name());
    }

    /**
     * Reads the example's project file from the shipped resources; when BlockTune runs without them (a bare
     * jar), the same project is built from its definition in the core.
     */
    static EditorProject read(ExampleProject ex, boolean quick) throws IOException {
        Path file = shippedFile(ex, quick);
        if (file != null) {
            return ProjectCodec.read(file);
        }
        return ProjectCodec.fromProject(ex.project(quick));
    }

    private static Path shippedFile(ExampleProject ex, boolean quick) {
        try {
            Path p = ShippedData.resources().resolve(ExampleProjects.FOLDER).resolve(ex.fileName(quick));
            return Files.isRegularFile(p) ? p : null;
        } catch (IOException e) {
            return null;
        }
    }
}
