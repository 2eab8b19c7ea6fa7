package org.blocktune.app.teach;

import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.blocktune.app.MainWindow;
import org.blocktune.app.common.Settings;
import org.blocktune.app.common.Theme;
import org.blocktune.app.workbench.Step;
import org.blocktune.app.workbench.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Teaching mode: "Why?" on a failed dry-run row leads to the block and argument; the presenter view. */
@ExtendWith(ApplicationExtension.class)
class TeachingModeTest {
    @TempDir
    static Path settings;
    private MainWindow window;
    private Workbench wb;

    @Start
    void start(Stage stage) {
        System.setProperty(Settings.FOLDER_PROPERTY, settings.toString());
        window = startWindow(stage);
        wb = window.workbench();
    }

    @AfterEach
    void presenterOffAndLight() throws Exception {
        fx(() -> {
            PresenterView.set(false);
            Theme.set(Theme.Mode.LIGHT);
            return null;
        });
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) return false;
        }
        return n.getScene() != null;
    }

    @Test
    void whyOnAFailedDryRunRowExplainsItAndShowInEditorSelectsTheBlockAndItsArgument(FxRobot robot) throws Exception {
        robot.interact(window::openIrisWorkflow);
        waitUntil(60, () -> wb.dataCheckProperty().get() != null && wb.dataShape() != null
                && wb.candidates() != null && wb.candidates().size() == 9);
        robot.interact(() -> window.showStep(Step.SPACE));
        robot.interact(() -> robot.lookup("#domain-lower-dense_units").queryAs(TextField.class).setText("-8"));
        waitUntil(10, () -> wb.candidates().rows().stream().anyMatch(r -> r.get("dense_units").equals(-8)));
        robot.interact(() -> window.showStep(Step.DRY_RUN));
        robot.clickOn("#runDryRun");
        waitUntil(180, () -> fx(() -> robot.lookup("#dryRunHeadline").queryLabeled().getText()).contains("failed"));
        TableView<?> table = robot.lookup("#dryRunTable").queryTableView();
        Callable<Optional<Node>> whyLink = () -> robot.from(table).lookup(".why-link").queryAll().stream()
                .filter(n -> n instanceof Hyperlink && shown(n)).findFirst();
        waitUntil(10, () -> fx(whyLink).isPresent());
        assertEquals(3, (long) fx(() -> robot.from(table).lookup(".why-link").queryAll().stream()
                .filter(TeachingModeTest::shown).count()), "one Why? per failed row, none on the 6 good ones");
        robot.clickOn(fx(whyLink).orElseThrow());
        waitUntil(10, () -> robot.lookup("#whyDialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#whyDialog").queryAs(DialogPane.class);
        assertEquals("A value is not allowed", fx(dialog::getHeaderText));
        String fix = fx(() -> ((Label) dialog.lookup("#why-fix")).getText());
        assertTrue(fix.contains("'dense_units'") && fix.contains("block 'dense'"), fix);

        // leave the editor elsewhere with nothing selected: Show in editor must do all of the pointing
        robot.interact(() -> {
            window.document().select(List.of(), false);
            window.showStep(Step.DATA);
        });
        robot.clickOn("#whyShowInEditor");
        waitUntil(10, () -> fx(window::currentStep) == Step.MODEL);
        waitUntil(10, () -> List.copyOf(window.document().selection()).equals(List.of("dense")));
        waitUntil(10, () -> fx(() -> {
            Node focus = window.root().getScene().getFocusOwner();
            return focus != null && "arg-dense_units".equals(focus.getId());
        }));
    }

    @Test
    void presenterViewEnlargesFontsRaisesContrastHidesAdvancedPanelsAndTogglesBack(FxRobot robot) throws Exception {
        Label tabLabel = (Label) robot.lookup(".workbench-steps .tab-label").queryAll().iterator().next();
        TextField search = robot.lookup("#paletteSearch").queryAs(TextField.class);
        double tabBefore = fx(() -> tabLabel.getFont().getSize());
        double searchBefore = fx(() -> search.getFont().getSize());
        Node strategy = robot.lookup("#strategyPanel").query();
        Node workers = robot.lookup("#runWorkers").query();
        Node folder = robot.lookup("#runFolder").query();
        Node importOptions = robot.lookup("#importOptionsPane").query();
        Label heading = (Label) robot.lookup(".inspector-heading").queryAll().iterator().next();
        Label description = (Label) robot.lookup(".inspector-description").queryAll().iterator().next();
        double mutedBefore = fx(() -> ((Color) description.getTextFill()).getBrightness());
        assertTrue(fx(() -> strategy.isVisible() && strategy.getParent().isVisible() && workers.getParent().isVisible()));

        robot.clickOn("View").clickOn("Presenter View (large, high contrast)");
        waitUntil(10, () -> fx(() -> tabLabel.getFont().getSize()) > tabBefore * 1.4);
        assertTrue(fx(() -> search.getFont().getSize()) >= searchBefore * 1.4,
                fx(() -> search.getFont().getSize()) + " vs " + searchBefore);
        assertTrue(fx(() -> heading.getFont().getSize()) >= 20, "headings grow too");
        assertEquals("true", Settings.get("presenter", ""), "remembered for the next start");
        assertFalse(fx(() -> shown(strategy)), "the search strategy is hidden");
        assertFalse(fx(() -> shown(workers) || workers.getParent().isManaged()), "the workers are hidden");
        assertFalse(fx(() -> shown(folder)), "the run folder is hidden");
        assertFalse(fx(() -> importOptions.getParent().isVisible()), "the import options are hidden");
        assertTrue(fx(() -> ((Color) description.getTextFill()).getBrightness()) < mutedBefore - 0.2,
                "muted text is darker (higher contrast) on the light theme");

        // with the dark theme it is white on black
        robot.clickOn("View").clickOn("Dark Theme");
        waitUntil(10, () -> fx(() -> ((Color) heading.getTextFill()).getBrightness()) > 0.95);
        assertTrue(fx(() -> window.root().getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("presenter-dark.css"))));
        assertTrue(fx(() -> tabLabel.getFont().getSize()) > tabBefore * 1.4, "still large in the dark theme");

        robot.clickOn("View").clickOn("Presenter View (large, high contrast)");
        waitUntil(10, () -> fx(() -> tabLabel.getFont().getSize()) == tabBefore);
        assertEquals(searchBefore, fx(() -> search.getFont().getSize()));
        assertEquals("false", Settings.get("presenter", ""));
        assertTrue(fx(() -> strategy.getParent().isVisible() && workers.getParent().isVisible()
                && workers.getParent().isManaged() && folder.getParent().getParent().isVisible()));
        assertTrue(fx(() -> window.root().getScene().getStylesheets().stream().noneMatch(s -> s.contains("presenter"))));
    }
}
