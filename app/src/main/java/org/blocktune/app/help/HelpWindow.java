package org.blocktune.app.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.blocktune.app.workbench.Step;

/**
 * The help window: a page per workbench step (Markdown files in this package's resources, rendered by
 * {@link MarkdownView}) and the keyboard shortcut list. One window per main window; showing another page
 * replaces the one on show. Escape closes it.
 */
public final class HelpWindow {
    private final Window owner;
    private Stage stage;
    private final BorderPane root = new BorderPane();

    public HelpWindow(Window owner) {
        this.owner = owner;
        root.setId("helpRoot");
        root.setPrefSize(620, 640);
    }

    /** The resource holding a step's page. */
    static String resource(Step step) {
        return step.name().toLowerCase(Locale.ROOT) + ".md";
    }

    /** A step's help page, as Markdown. */
    public static String page(Step step) {
        try (InputStream in = HelpWindow.class.getResourceAsStream(resource(step))) {
            if (in == null) {
                throw new IllegalStateException("the help page " + resource(step) + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows the help page of {@code step}. */
    public void showStep(Step step) {
        String md = page(step);
        VBox page = MarkdownView.render(md, 560);
        page.setId("helpPage");
        page.setStyle("-fx-padding: 14;");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("helpScroll");
        scroll.setAccessibleText("Help for step " + step.title());
        root.setCenter(scroll);
        show("BlockTune Help — " + MarkdownView.title(md));
        scroll.requestFocus();
    }

    /** Shows every shortcut of {@code list}, in a table. */
    public void showShortcuts(ShortcutList list) {
        TableView<ShortcutList.Row> table = new TableView<>();
        table.setId("shortcutTable");
        table.setAccessibleText("Keyboard shortcuts");
        table.getColumns().add(column("Keys", ShortcutList.Row::keys, 110));
        table.getColumns().add(column("What it does", ShortcutList.Row::what, 300));
        table.getColumns().add(column("Where", ShortcutList.Row::where, 180));
        table.getItems().setAll(list.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Label hint = new Label("Menu shortcuts work everywhere in the window; the others work while that part "
                + "has the keyboard focus (Tab moves it).");
        hint.setWrapText(true);
        hint.setStyle("-fx-padding: 8;");
        root.setCenter(new VBox(hint, table));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        show("BlockTune Help — Keyboard shortcuts");
        table.requestFocus();
    }

    private static TableColumn<ShortcutList.Row, String> column(String title,
            java.util.function.Function<ShortcutList.Row, String> value, double width) {
        TableColumn<ShortcutList.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void show(String title) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            Scene scene = new Scene(root);
            scene.setOnKeyPressed(e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                    stage.close();
                }
            });
            stage.setScene(scene);
        }
        stage.setTitle(title);
        stage.show();
        stage.toFront();
    }

    /** The help stage, once shown (for tests). */
    public Stage stage() {
        return stage;
    }
}
