package org.blocktune.app.results;

import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.blocktune.app.MainWindow;
import org.blocktune.app.workbench.Step;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.tune.TuneResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Opening another project forgets what the screens showed of the last one: the Results status line and
 * the Dry run table, headline and marks (issue 21, item 1).
 */
@ExtendWith(ApplicationExtension.class)
class ProjectSwitchTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = startWindow(stage);
    }

    private static String text(FxRobot robot, String id) throws Exception {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private static int tableRows(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#dryRunTable").queryAs(TableView.class).getItems().size());
    }

    @Test
    void anotherProjectStartsWithoutTheLastProjectsResultsMessageOrDryRunTable(FxRobot robot) throws Exception {
        TunePlan plan = IrisRun.plan();
        TuneResults results = IrisRun.run(plan);
        robot.interact(window::openIrisWorkflow);
        waitUntil(60, () -> window.workbench().dataCheckProperty().get() != null && window.workbench().candidates() != null);
        robot.interact(() -> window.showStep(Step.DRY_RUN));
        robot.interact(() -> window.dryRunScreen().start());
        waitUntil(120, () -> tableRows(robot) == 9 && !text(robot, "#dryRunHeadline").startsWith("Building"));
        String irisHeadline = text(robot, "#dryRunHeadline");
        assertFalse(irisHeadline.isEmpty());

        robot.interact(() -> {
            window.workbench().runPlanProperty().set(plan);
            window.workbench().resultsProperty().set(results);
            window.showStep(Step.RESULTS);
        });
        robot.clickOn("#selectBest");
        waitUntil(10, () -> text(robot, "#resultsStatus").startsWith("Best by"));

        robot.clickOn("Examples").clickOn("#example-attrition").clickOn("#example-attrition-quick");
        waitUntil(60, () -> window.workbench().dataCheckProperty().get() != null
                && window.workbench().candidates() != null);
        robot.interact(() -> window.showStep(Step.RESULTS));
        assertEquals("", text(robot, "#resultsStatus"), "the status line spoke of the iris project's best candidate");
        robot.interact(() -> window.showStep(Step.DRY_RUN));
        assertEquals(0, tableRows(robot), "the dry run table still lists the iris candidates");
        assertEquals("", text(robot, "#dryRunHeadline"));
        assertEquals("", text(robot, "#dryRunStale"), "no stale mark for a dry run of another project");
        assertTrue(text(robot, "#dryRunSetup").contains("attrition") || !text(robot, "#dryRunSetup").contains("iris"),
                text(robot, "#dryRunSetup"));
    }
}
