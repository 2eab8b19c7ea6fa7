package org.blocktune.app.results;

import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.blocktune.app.MainWindow;
import org.blocktune.app.workbench.Step;
import org.blocktune.core.project.TunePlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * At 1024 × 700 no label of the Search space and Results steps is cut to "…" (issue 21, item 3: the Search
 * space step showed "…" for Grid and Seed, and the levels hint ended in "the gr…").
 */
@ExtendWith(ApplicationExtension.class)
class NarrowWindowTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = startWindow(stage);
    }

    /** The visible labels under {@code root} whose drawn text is not their whole text. */
    private static List<String> elided(Node root) {
        return root.lookupAll(".label").stream()
                .filter(n -> n instanceof Label l && l.isVisible() && l.getScene() != null && l.getText() != null
                        && !l.getText().isEmpty() && isShown(l))
                .map(n -> (Label) n)
                .filter(l -> {
                    Node t = l.lookup(".text");
                    return t instanceof Text text && !text.getText().replace("\n", " ").strip()
                            .equals(l.getText().replace("\n", " ").strip());
                })
                .map(l -> "'" + l.getText() + "' drawn as '" + ((Text) l.lookup(".text")).getText() + "'")
                .toList();
    }

    private static boolean isShown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void noLabelOfTheSearchSpaceOrResultsStepIsCutShortAt1024By700(FxRobot robot) throws Exception {
        TunePlan plan = IrisRun.plan();
        var results = IrisRun.run(plan);
        robot.interact(window::openIrisWorkflow);
        waitUntil(60, () -> window.workbench().dataCheckProperty().get() != null && window.workbench().candidates() != null);
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            window.showStep(Step.SPACE);
        });
        waitUntil(10, () -> window.currentStep() == Step.SPACE);
        Node space = fx(() -> robot.lookup("#tab-space").tryQuery().isPresent() ? window.root() : window.root());
        assertEquals(List.of(), fx(() -> elided(space)), "Search space step");

        robot.interact(() -> {
            window.workbench().runPlanProperty().set(plan);
            window.workbench().resultsProperty().set(results);
            window.showStep(Step.RESULTS);
        });
        waitUntil(10, () -> robot.lookup("#resultsContent").tryQuery().map(Node::isVisible).orElse(false));
        assertEquals(List.of(), fx(() -> elided(window.root())), "Results step");
    }
}
