package org.blocktune.app;

import javafx.application.Application;
import java.io.InputStream;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.blocktune.app.common.StartupClock;

/** The JavaFX application: opens the main window. Start it through {@link Launcher}. */
public class BlockTuneApp extends Application {

    private MainWindow window;

    /** The main window, once started. */
    public MainWindow window() {
        return window;
    }

    @Override
    public void start(Stage stage) {
        StartupClock.mark("JavaFX started");
        window = new MainWindow(stage);
        StartupClock.mark("window built");
        Scene scene = new Scene(window.root(), 1200, 760); // the stage's size (set next) wins where it differs
        stage.setScene(scene);
        org.blocktune.app.common.AccessibleNames.install(scene); // labels name the controls beside them
        addIcon(stage);
        org.blocktune.app.common.WindowLayout.place(stage, 1200, 760);
        stage.show();
        StartupClock.mark("window shown");
        StartupClock.afterFirstFrame(scene);
        org.blocktune.app.common.WindowLayout.setMinimum(stage, 720, 480);
        // the window is up at once; the math libraries load behind it (seconds on a first start), once
        // JavaFX has drawn its first frames (loading both at once can hang both: see BackendWarmup)
        BackendWarmup.shared().startAfterFirstFrames().showIn(window.statusBar());
        // blocktune project.blocktune.json (or data.csv): opens it, as a desktop's "Open with" does
        Parameters given = getParameters();
        if (given != null && !given.getUnnamed().isEmpty()) {
            java.nio.file.Path file = java.nio.file.Path.of(given.getUnnamed().get(0)).toAbsolutePath();
            javafx.application.Platform.runLater(() -> window.openGiven(file));
        }
    }

    /** The window icon (installers/blocktune.png, copied onto the classpath by the build), when present. */
    static void addIcon(Stage stage) {
        try (InputStream in = BlockTuneApp.class.getResourceAsStream("blocktune.png")) {
            if (in != null) {
                stage.getIcons().setAll(new Image(in));
            }
        } catch (java.io.IOException e) {
            // no icon: the window still works
        }
    }
}
