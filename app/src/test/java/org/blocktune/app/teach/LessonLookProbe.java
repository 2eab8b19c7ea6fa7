package org.blocktune.app.teach;

import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.waitUntil;

import javafx.scene.Node;
import javafx.stage.Stage;
import org.blocktune.app.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Throwaway: screenshots of the lesson panel in a real window (not committed). */
@ExtendWith(ApplicationExtension.class)
class LessonLookProbe {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        window = startWindow(s);
        s.setX(0);
        s.setY(0);
        s.setWidth(Integer.getInteger("w", 1024));
        s.setHeight(Integer.getInteger("h", 700));
    }

    private void shot(String name) throws Exception {
        Thread.sleep(1500);
        new ProcessBuilder("import", "-window", "root", "/tmp/lesson-" + name + "-" + Integer.getInteger("w", 1024) + ".png")
                .inheritIO().start().waitFor();
    }

    @Test
    void look(FxRobot robot) throws Exception {
        robot.interact(() -> window.lessons().open(LessonFiles.shipped().get(0)));
        waitUntil(60, () -> window.workbench().dataCheckProperty().get() != null);
        robot.clickOn("#block-dense");
        Node tune = robot.lookup("#tune-dense_units").query();
        System.out.println("TUNE bounds " + fx(() -> tune.localToScene(tune.getBoundsInLocal())) + " scene "
                + fx(() -> window.root().getScene().getWidth()) + " visible " + fx(tune::isVisible));
        shot("model");
        robot.clickOn("#lessonNext");
        shot("step2");
        robot.clickOn("#tab-space");
        shot("space");
    }
}
