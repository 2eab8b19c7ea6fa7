package org.blocktune.app.teach;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.blocktune.app.MainWindow;
import org.blocktune.core.examples.ExampleProjects;
import org.blocktune.core.lesson.Lesson;
import org.blocktune.core.lesson.LessonParse;
import org.blocktune.core.lesson.LessonParser;
import org.blocktune.core.lesson.LessonStart;

/**
 * Help ▸ Lessons ▸ &lt;lesson&gt; (the shipped lessons, then the user's own from {@link LessonFiles#userFolder()})
 * and Help ▸ Open Lesson File…: reads the file, reports a bad one (file, line, what is wrong) in a dialog,
 * starts a good one where its {@code start:} line says and docks the {@link LessonPanel} above the status bar.
 */
public final class LessonMenu {
    private final MainWindow window;
    private final Menu lessons = new Menu("Lessons");
    private LessonPanel panel;
    private LessonStateReader reader;
    /** The lesson files (names and times) the menu shows. */
    private String filled;

    /** The window is used only once a lesson is chosen, so this can be made while the window is being built. */
    public LessonMenu(MainWindow window) {
        this.window = window;
        lessons.setId("lessonsMenu");
        fill();
        // refilled as the menu above it opens, so the items do not change while the submenu is on show
        lessons.parentMenuProperty().addListener((o, a, b) -> {
            if (b != null) {
                b.addEventHandler(Menu.ON_SHOWING, e -> fill());
            }
        });
    }

    /** Help ▸ Lessons. */
    public Menu menu() {
        return lessons;
    }

    /** Help ▸ Open Lesson File…. */
    public MenuItem openItem() {
        MenuItem open = new MenuItem("Open Lesson File…");
        open.setId("openLessonFile");
        open.setOnAction(e -> {
            FileChooser fc = org.blocktune.app.common.Choosers.file("Open lesson file");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("BlockTune lesson", "*.lesson.md", "*.md"));
            java.io.File f = fc.showOpenDialog(window.root().getScene().getWindow());
            if (f != null) {
                open(f.toPath());
            }
        });
        return open;
    }

    /** Fills the menu again when the lesson files changed since it was last filled (else it is left alone). */
    private void fill() {
        List<Path> shipped = LessonFiles.shipped();
        List<Path> own = LessonFiles.user();
        String now = LessonFiles.signature(shipped, own);
        if (now.equals(filled)) {
            return;
        }
        filled = now;
        lessons.getItems().clear();
        for (Path p : shipped) {
            lessons.getItems().add(item(p));
        }
        lessons.getItems().add(new SeparatorMenuItem());
        MenuItem where = new MenuItem(own.isEmpty() ? "Your own lessons go in " + LessonFiles.userFolder()
                : "Your lessons (" + LessonFiles.userFolder() + "):");
        where.setDisable(true);
        lessons.getItems().add(where);
        own.forEach(p -> lessons.getItems().add(item(p)));
    }

    private MenuItem item(Path p) {
        LessonParse parse = LessonParser.read(p);
        MenuItem item = new MenuItem(parse.ok() ? parse.lesson().title() : p.getFileName() + " (has problems)");
        item.setMnemonicParsing(false);
        item.setId("lesson-" + LessonFiles.baseName(p));
        item.setOnAction(e -> open(p));
        return item;
    }

    /**
     * Reads a lesson file and starts it; a file with problems is explained in a dialog instead.
     * Returns true when the lesson started.
     */
    public boolean open(Path file) {
        LessonParse parse = LessonParser.read(file);
        if (!parse.ok()) {
            Alert a = new Alert(Alert.AlertType.ERROR, parse.problems().stream().map(Object::toString)
                    .collect(Collectors.joining("\n")));
            a.setHeaderText("This lesson file cannot be used yet");
            a.getDialogPane().setId("lessonProblems");
            a.initOwner(window.root().getScene().getWindow());
            a.getDialogPane().setMinWidth(520);
            a.show();
            window.statusBar().setText("The lesson " + file.getFileName() + " has " + parse.problems().size()
                    + " problem" + (parse.problems().size() == 1 ? "" : "s") + ": " + parse.problems().get(0));
            return false;
        }
        return start(parse.lesson());
    }

    /** Starts a lesson: opens its example (asking about unsaved changes) and docks the panel at step 1. */
    public boolean start(Lesson lesson) {
        if (!begin(lesson.start())) {
            window.statusBar().setText("The lesson '" + lesson.title() + "' did not start.");
            return false;
        }
        if (panel == null) {
            panel = new LessonPanel(() -> reader.read(), () -> panel.lesson() != null && begin(panel.lesson().start()),
                    this::close);
            reader = new LessonStateReader(window, panel::refresh);
        }
        dock(true);
        panel.show(lesson);
        window.statusBar().setText("Lesson: " + lesson.title() + " — it starts from " + lesson.start().describe() + ".");
        return true;
    }

    /** Opens the lesson's example afresh (or keeps the open project); false when the user cancelled. */
    private boolean begin(LessonStart start) {
        if (!start.opensExample()) {
            return true;
        }
        return window.openExample(ExampleProjects.example(start.example()), start.quick());
    }

    /** Puts the lesson away. */
    public void close() {
        dock(false);
    }

    /** Puts the panel between the steps and the status bar, or takes it away. */
    private void dock(boolean shown) {
        BorderPane root = (BorderPane) window.root();
        javafx.scene.Node status = window.statusBar();
        if (shown && !(root.getBottom() instanceof VBox)) {
            root.setBottom(null);
            root.setBottom(new VBox(panel.node(), status));
        } else if (!shown && root.getBottom() instanceof VBox box) {
            box.getChildren().clear();
            root.setBottom(status);
        }
    }
}
