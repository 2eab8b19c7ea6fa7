package org.blocktune.app;

import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.blocktune.app.workbench.FinalModel;
import org.blocktune.app.workbench.Step;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.io.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The final fit belongs to the project: closing the window (or New) with a final fit the project file does
 * not have asks Save / Don't Save / Cancel; Save writes the model beside the project and the file refers to
 * it; reopening shows the final fit's test metrics again without training; a broken or missing model file
 * is said and the project still opens.
 */
@ExtendWith(ApplicationExtension.class)
class FinalModelKeptTest {
    private Stage stage;
    private MainWindow window;
    private Workbench wb;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = startWindow(stage);
        wb = window.workbench();
    }

    private boolean marked() throws Exception {
        return fx(() -> stage.getTitle().contains(" *"));
    }

    private static String text(FxRobot robot, String id) throws Exception {
        return fx(() -> robot.lookup(id).queryAs(Labeled.class).getText());
    }

    @Test
    void theFinalFitIsSavedWithTheProjectAndComesBackWithoutTraining(FxRobot robot, @TempDir Path dir) throws Exception {
        // a small iris run: 2 × 2 candidates, 3 epochs, in a project saved first (its runs go beside it)
        robot.interact(window::openIrisWorkflow);
        waitUntil(60, () -> wb.dataCheckProperty().get() != null && wb.dataCheckProperty().get().ok());
        robot.interact(() -> window.showStep(Step.SPACE));
        TextField levels = robot.lookup("#gridLevels").queryAs(TextField.class);
        TextField epochs = robot.lookup("#space-value-fit_epochs").queryAs(TextField.class);
        robot.interact(() -> {
            levels.setText("2");
            epochs.setText("3");
            epochs.fireEvent(new ActionEvent());
        });
        waitUntil(30, () -> !wb.candidatesBusyProperty().get() && wb.candidates().size() == 4);
        Path file = dir.resolve("iris.blocktune.json");
        assertTrue(fx(() -> window.saveTo(file)));
        robot.interact(() -> window.showStep(Step.RUN));
        waitUntil(10, () -> !robot.lookup("#startRun").queryAs(javafx.scene.control.Button.class).isDisabled());
        robot.clickOn("#startRun");
        waitUntil(240, () -> !window.tuningScreen().running() && wb.resultsProperty().get() != null);
        assertTrue(fx(() -> window.saveTo(file)));
        assertFalse(marked(), fx(stage::getTitle));

        // the final fit: an unsaved change of its own
        robot.interact(() -> window.showStep(Step.RESULTS));
        robot.clickOn("#selectBest");
        robot.clickOn("#tab-finalfit");
        robot.clickOn("#finalizeFit");
        waitUntil(120, () -> window.root().lookup("#confusionGrid") != null);
        String accuracy = text(robot, "#testMetric-accuracy");
        FinalModel fitted = fx(() -> wb.finalModel().current());
        assertNotNull(fitted);
        assertTrue(marked(), "a final fit not yet saved with the project marks the title: " + fx(stage::getTitle));

        // closing the window asks, naming the fitted model; Cancel keeps the window and the fit
        CompletableFuture<Boolean> stays = requestClose();
        String question = answer(robot, "Cancel");
        assertTrue(question.contains("fitted final model (" + fitted.candidateId()), question);
        assertTrue(stays.get(20, TimeUnit.SECONDS), "Cancel keeps the window open");
        assertTrue(fx(() -> wb.finalModel().current() == fitted));
        // Ctrl+Q asks the same question
        robot.push(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Q,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        assertTrue(answer(robot, "Cancel").contains("fitted final model"));
        assertTrue(fx(stage::isShowing));

        // New asks too; Save writes the model beside the project and the project refers to it
        robot.clickOn("File").clickOn("New Sequential Model");
        answer(robot, "Save");
        waitUntil(10, () -> "untitled".equals(window.document().spec().name()));
        Path model = dir.resolve("iris.model.zip");
        assertTrue(Files.isRegularFile(model), "the model is written beside the project");
        String json = Files.readString(file);
        assertTrue(json.contains("\"finalModel\"") && json.contains("\"file\" : \"iris.model.zip\"")
                && json.contains("\"candidate\" : \"" + fitted.candidateId() + "\""), json);
        assertEquals(fitted.candidateId(), ProjectFile.read(file).finalModel().candidate());

        // reopening shows the final fit again: its test metrics and confusion matrix, not fitted again
        assertTrue(fx(() -> window.openFile(file)));
        waitUntil(60, () -> wb.finalModel().current() != null && wb.runPlanProperty().get() != null);
        assertTrue(fx(() -> wb.finalModel().current().reopened()));
        robot.interact(() -> window.showStep(Step.RESULTS));
        robot.clickOn("#tab-finalfit");
        waitUntil(30, () -> window.root().lookup("#testMetric-accuracy") != null
                && window.root().lookup("#confusionGrid") != null);
        assertEquals(accuracy, text(robot, "#testMetric-accuracy"), "the saved test metric, as fitted");
        assertTrue(text(robot, "#finalFitMessage").contains("not fitted again"), text(robot, "#finalFitMessage"));
        assertFalse(fx(() -> robot.lookup("#finalFitProgress").query().isVisible()), "no fit is running");
        assertFalse(marked(), "a reopened final model is saved: " + fx(stage::getTitle));

        // a damaged model file: said in the status bar, the project still opens, its reference is kept
        Files.writeString(model, "not a model");
        assertTrue(fx(() -> window.openFile(file)));
        String notice = notice(robot);
        assertTrue(notice.contains("final model (" + fitted.candidateId() + ") was not opened"), notice);
        assertTrue(notice.contains("cannot be read"), notice);
        assertEquals("iris_mlp", fx(() -> window.document().spec().name()), "the project is open");
        assertFalse(marked());
        assertTrue(fx(() -> window.saveTo(file)));
        assertEquals(fitted.candidateId(), ProjectFile.read(file).finalModel().candidate(), "saving again loses nothing");

        // a missing one likewise
        Files.delete(model);
        assertTrue(fx(() -> window.openFile(file)));
        assertTrue(notice(robot).contains("is missing"));
        assertEquals("iris_mlp", fx(() -> window.document().spec().name()));
    }

    /** Waits for the notice that the final model was not opened, closes it and returns its text. */
    private static String notice(FxRobot robot) throws Exception {
        waitUntil(30, () -> robot.lookup("#finalModelNotice").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#finalModelNotice").queryAs(DialogPane.class);
        String text = fx(pane::getContentText);
        robot.clickOn(pane.lookupButton(ButtonType.OK));
        waitUntil(10, () -> robot.lookup("#finalModelNotice").tryQuery().isEmpty());
        return text;
    }

    private CompletableFuture<Boolean> requestClose() {
        CompletableFuture<Boolean> stays = new CompletableFuture<>();
        Platform.runLater(() -> {
            WindowEvent e = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            stage.getOnCloseRequest().handle(e);
            stays.complete(e.isConsumed());
        });
        return stays;
    }

    /** Waits for the unsaved-changes question, presses one of its buttons, and returns its text. */
    private static String answer(FxRobot robot, String button) throws Exception {
        waitUntil(10, () -> robot.lookup("#unsavedChangesDialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#unsavedChangesDialog").queryAs(DialogPane.class);
        String text = fx(pane::getContentText);
        assertTrue(text.contains("unsaved changes"), text);
        ButtonType type = fx(() -> pane.getButtonTypes().stream().filter(b -> b.getText().equals(button))
                .findFirst().orElseThrow());
        robot.clickOn(pane.lookupButton(type));
        waitUntil(10, () -> robot.lookup("#unsavedChangesDialog").tryQuery().isEmpty());
        return text;
    }
}
