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
import org.blocktune.core.project.ShippedData;

/**
 * The Examples menu's entries for the shipped example projects: one submenu per example, with its quick
 * budget (a minute or less) and the full budget of the seed it comes from.
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
            MenuItem quick = new MenuItem("Quick budget");
            quick.setId("example-" + ex.name() + "-quick");
            quick.setOnAction(e -> open.accept(ex, true));
            MenuItem full = new MenuItem("Full budget of the seed");
            full.setId("example-" + ex.name() + "-full");
            full.setOnAction(e -> open.accept(ex, false));
            m.getItems().addAll(quick, full);
            return m;
        }).toArray(Menu[]::new);
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
