package org.blocktune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.blocktune.core.block.Block;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new BlockTuneApp().start(stage);
    }

    @Test
    void windowHasTitleMenuPaletteAndStatusBar(FxRobot robot) {
        assertTrue(stage.getTitle().startsWith("BlockTune"), stage.getTitle());
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertEquals("File", bar.getMenus().get(0).getText());
        ListView<Block> palette = robot.lookup("#palette").queryListView();
        assertTrue(palette.getItems().stream().anyMatch(b -> b.name().equals("dense")));
        assertTrue(palette.getItems().stream().anyMatch(b -> b.name().equals("concatenate")));
        assertTrue(robot.lookup("#status").queryAs(StatusBar.class).getText().startsWith("Ready"));
    }

    @Test
    void searchingThePaletteFiltersBlocks(FxRobot robot) {
        robot.clickOn("#paletteSearch").write("pool");
        ListView<Block> palette = robot.lookup("#palette").queryListView();
        assertTrue(palette.getItems().size() >= 4, "pooling blocks: " + palette.getItems());
        assertTrue(palette.getItems().stream().allMatch(b -> b.name().contains("pool")
                || b.description().toLowerCase().contains("pool")));
    }

    @Test
    void openingAnExampleShowsItsSummaryAndTitle(FxRobot robot) {
        robot.clickOn("Examples").clickOn("Models only").clickOn("Diamonds MLP (seed 002)");
        assertEquals("BlockTune — diamond_mlp", stage.getTitle());
        assertTrue(robot.lookup("#block-body").tryQuery().isPresent(), "the body block is on the canvas");
        String summary = robot.lookup("#specSummary").queryAs(TextArea.class).getText();
        assertTrue(summary.contains("body/dense"), summary);
        assertTrue(summary.contains("Total params: 3,201"), summary);
        assertTrue(robot.lookup("#status").queryAs(StatusBar.class).getText().contains("3,201 parameters"));
    }
}
