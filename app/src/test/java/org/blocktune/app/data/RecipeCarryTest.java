package org.blocktune.app.data;

import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.blocktune.app.MainWindow;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.data.recipe.RemoveColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Loading another CSV keeps the recipe when it still fits and says so either way (issue 21, item 6). */
@ExtendWith(ApplicationExtension.class)
class RecipeCarryTest {
    private MainWindow window;
    private Workbench wb;

    @Start
    void start(Stage stage) {
        window = startWindow(stage);
        wb = window.workbench();
    }

    private void load(FxRobot robot, Path csv) throws Exception {
        robot.interact(() -> window.dataScreen().loadCsv(csv));
        waitUntil(30, () -> wb.dataProperty().get() != null
                && wb.dataProperty().get().name().equals(csv.getFileName().toString()));
    }

    @Test
    void aFittingRecipeIsKeptAndAnUnfittingOneIsReplacedWithANotice(FxRobot robot, @TempDir Path dir) throws Exception {
        Path first = Files.writeString(dir.resolve("first.csv"), "a,b,c,y\n1,2,3,u\n4,5,6,v\n7,8,9,u\n1,3,5,v\n");
        Path same = Files.writeString(dir.resolve("same-columns.csv"), "a,b,c,y\n2,2,3,u\n5,5,6,v\n8,8,9,u\n2,3,5,v\n");
        Path other = Files.writeString(dir.resolve("other.csv"), "a,z,y\n1,2,u\n4,5,v\n7,8,u\n1,3,v\n");
        load(robot, first);
        Recipe mine = new Recipe(List.of(new RemoveColumns(List.of("c")), new Normalize(List.of())));
        robot.interact(() -> wb.recipeProperty().set(mine));

        load(robot, same);
        assertEquals(mine, fx(() -> wb.recipeProperty().get()), "the recipe still fits the new file");
        String kept = fx(() -> wb.dataProperty().get().notices().get(0));
        assertTrue(kept.startsWith("Kept the recipe of the previous data (2 steps)"), kept);

        load(robot, other);
        assertTrue(fx(() -> wb.recipeProperty().get().steps().stream().noneMatch(s -> s instanceof RemoveColumns)),
                "column c is gone, so the recipe that removes it is not carried over");
        String reset = fx(() -> wb.dataProperty().get().notices().get(0));
        assertTrue(reset.contains("was replaced by a fresh one") && reset.contains("column c"), reset);
        assertTrue(fx(() -> robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label l
                && l.getText() != null && l.getText().contains("was replaced by a fresh one")).tryQuery().isPresent()),
                "the notice is on screen in the Data step");
    }
}
