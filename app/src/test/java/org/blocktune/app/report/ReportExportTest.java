package org.blocktune.app.report;

import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.concurrent.Task;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.blocktune.app.MainWindow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File ▸ Export ▸ Report (HTML)… writes what the workbench shows: the Iris example's model and search space. */
@ExtendWith(ApplicationExtension.class)
class ReportExportTest {
    @TempDir
    Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = startWindow(stage);
    }

    @Test
    void theReportOfTheIrisExampleHoldsItsModelAndSearchSpace(FxRobot robot) throws Exception {
        robot.interact(window::openIrisWorkflow);
        waitUntil(60, () -> window.workbench().dataShape() != null && window.workbench().candidates() != null
                && window.workbench().candidates().size() == 9);
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertTrue(fx(() -> bar.getMenus().get(0).getItems().stream().filter(i -> i instanceof Menu m
                && "exportMenu".equals(m.getId())).flatMap(m -> ((Menu) m).getItems().stream())
                .anyMatch(i -> "exportReport".equals(i.getId()) && i.getText().equals("Report (HTML)…"))));

        List<String> said = new CopyOnWriteArrayList<>();
        Path file = dir.resolve("iris report.html");
        Task<Path> task = fx(() -> ReportExport.write(ReportExport.inputOf(window.workbench(), null), file, said::add));
        waitUntil(60, () -> task.isDone());
        assertEquals(Task.State.SUCCEEDED, fx(task::getState));
        waitUntil(10, () -> said.stream().anyMatch(s -> s.startsWith("Saved the report iris report.html")));

        Document doc = Jsoup.parse(file.toFile(), "UTF-8");
        assertEquals(List.of("input", "dense", "output"), doc.select("#model svg g.block").eachAttr("data-block"));
        assertTrue(doc.selectFirst("#model svg g.block[data-block=dense]").text().contains("tuned: dense_units"));
        List<String> space = doc.select("#search-space table.space tbody tr").eachText();
        assertEquals(2, space.size(), space.toString());
        assertTrue(space.get(0).startsWith("dense_units 4 … 16 3"), space.get(0));
        assertTrue(space.get(1).startsWith("learn_rate 0.001 … 0.1 (log10) 3"), space.get(1));
        assertTrue(doc.selectFirst(".meta").text().contains("predicting Species"), doc.selectFirst(".meta").text());
        assertTrue(doc.selectFirst("#results").text().contains("There is no tune run yet"));
    }
}
