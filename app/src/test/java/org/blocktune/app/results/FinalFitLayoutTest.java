package org.blocktune.app.results;

import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.blocktune.app.MainWindow;
import org.blocktune.app.workbench.Step;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.tune.TuneResults;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 21 (3): in a 1200x760 window (1198x735 inside openbox's frame) the final fit's confusion
 * matrix shows whole — its last row of totals and the "predicted correctly" line — without scrolling.
 */
@ExtendWith(ApplicationExtension.class)
class FinalFitLayoutTest {
    private static TunePlan plan;
    private static TuneResults results;
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void tune() throws Exception {
        plan = IrisRun.plan();
        results = IrisRun.run(plan);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = startWindow(stage);
    }

    @Test
    void theWholeConfusionMatrixIsVisibleAt1200x760(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1198);
            stage.setHeight(735);
            window.workbench().runPlanProperty().set(plan);
            window.workbench().resultsProperty().set(results);
            window.showStep(Step.RESULTS);
            window.root().lookupAll("#resultsCharts").forEach(n ->
                    ((javafx.scene.control.TabPane) n).getSelectionModel().select(3));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(fx(() -> window.root().lookup("#selectBest")));
        robot.clickOn(fx(() -> window.root().lookup("#finalizeFit")));
        waitUntil(60, () -> window.root().lookup("#confusionCaption") != null);
        WaitForAsyncUtils.waitForFxEvents();
        Node grid = fx(() -> window.root().lookup("#confusionGrid"));
        Node caption = fx(() -> window.root().lookup("#confusionCaption"));
        ScrollPane pane = fx(() -> {
            javafx.scene.Parent p = grid.getParent();
            while (!(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            return (ScrollPane) p;
        });
        Bounds view = fx(() -> pane.localToScene(pane.getLayoutBounds()));
        for (Node n : new Node[] {grid, caption}) {
            Bounds b = fx(() -> n.localToScene(n.getLayoutBounds()));
            assertTrue(b.getMaxY() <= view.getMaxY() + 0.5 && b.getMinY() >= view.getMinY() - 0.5,
                    n.getId() + " at " + b + " is cut off by its viewport " + view);
        }
    }
}
