package org.blocktune.app;

import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.blocktune.app.workbench.Step;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.examples.ExampleProject;
import org.blocktune.core.examples.ExampleProjects;
import org.blocktune.core.io.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Examples ▸ &lt;example&gt; ▸ Quick/Full budget opens the shipped project: model, data, search space. */
@ExtendWith(ApplicationExtension.class)
class ExampleMenuTest {
    private MainWindow window;
    private Workbench wb;

    @Start
    void start(Stage stage) {
        window = startWindow(stage);
        wb = window.workbench();
    }

    @Test
    void theAttritionQuickExampleOpensFromTheMenuAsAnUntitledCopyWithItsDataAndSearchSpace(FxRobot robot)
            throws Exception {
        // each budget says how much work it is before it is opened
        assertEquals("Full budget of the seed (100 fits of 20 epochs)", fx(() -> menuItem("example-diamonds-full").getText()));
        robot.clickOn("Examples").clickOn("#example-attrition").clickOn("#example-attrition-quick");
        Project expected = ExampleProjects.quick("attrition");
        waitUntil(60, () -> wb.dataCheckProperty().get() != null && wb.candidates() != null);
        assertEquals(expected.spec().name(), fx(() -> window.document().spec().name()));
        assertTrue(fx(() -> window.document().file().isEmpty()), "an example opens as an untitled copy");
        assertEquals(Step.MODEL, fx(window::currentStep));
        assertTrue(wb.dataCheckProperty().get().ok(), wb.dataCheckProperty().get().problems().toString());
        assertEquals(expected.data().roles().outcomes(), wb.rolesProperty().get().outcomes());
        assertEquals(expected.space().parameters().size(), fx(() -> wb.space().parameters().size()));
    }

    /** The menu bar's item with this id, at any depth. */
    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) window.root().lookup(".menu-bar");
        List<MenuItem> open = new ArrayList<>(bar.getMenus());
        while (!open.isEmpty()) {
            MenuItem item = open.remove(0);
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof Menu m) {
                open.addAll(m.getItems());
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    @Test
    void everyShippedExampleOpensInBothBudgetsWithItsModelAndData(FxRobot robot) throws Exception {
        for (ExampleProject ex : ExampleProjects.all()) {
            for (boolean quick : new boolean[] {true, false}) {
                Project expected = ex.project(quick);
                assertTrue(fx(() -> window.openExample(ex, quick)), ex.name());
                String outcome = expected.data().roles().outcomes().get(0);
                waitUntil(90, () -> wb.dataProperty().get() != null && wb.dataProperty().get().table().has(outcome)
                        && wb.dataCheckProperty().get() != null && !wb.dataCheckBusyProperty().get());
                String what = ex.name() + (quick ? " quick" : " full");
                assertEquals(expected.spec().name(), fx(() -> window.document().spec().name()), what);
                assertTrue(wb.dataCheckProperty().get().ok(), what + ": " + wb.dataCheckProperty().get().problems());
                assertEquals(expected.space().parameters().size(), fx(() -> wb.space().parameters().size()), what);
                assertEquals(expected.resampling(), fx(() -> wb.resamplingProperty().get()), what);
            }
        }
    }

    @Test
    void aBlockRepeatedZeroTimesSaysItIsLeftOutInsteadOfAnUnknownShape(FxRobot robot) throws Exception {
        ExampleProject fashion = ExampleProjects.example("fashion-mlp");
        assertTrue(fx(() -> window.openExample(fashion, true)));
        waitUntil(30, () -> robot.lookup("#info-hidden_2").tryQuery().isPresent());
        assertEquals("left out (×0)", fx(() -> robot.lookup("#info-hidden_2").queryLabeled().getText()));
        assertEquals("(None, 128) · 100,480 p", fx(() -> robot.lookup("#info-hidden_1").queryLabeled().getText()));
    }
}
