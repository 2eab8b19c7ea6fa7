package org.blocktune.app.tuning;

import static org.blocktune.app.FxThread.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.blocktune.app.common.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The finished-fits table of the Run screen shows every tuned parameter's and metric's whole name. */
@ExtendWith(ApplicationExtension.class)
class FitTableTest {
    private FitTable table;

    @Start
    void start(Stage stage) {
        table = new FitTable();
        Scene scene = new Scene(table.node(), 1180, 300);
        scene.getStylesheets().addAll(Theme.EDITOR, Theme.WORKBENCH);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void columnHeadingsShowWholeNames() throws Exception {
        List<String> params = List.of("num_hidden_1", "hidden_1_units", "hidden_1_rate", "compile_optimizer");
        List<String> metrics = List.of("accuracy", "bal_accuracy", "mn_log_loss");
        List<String> shown = fx(() -> {
            table.columns(params, metrics);
            table.node().applyCss();
            table.node().layout();
            return table.node().lookupAll(".column-header .label").stream()
                    .map(n -> ((Text) ((Label) n).lookup(".text")).getText()).toList();
        });
        assertEquals(List.of("candidate", "num_hidden_1", "hidden_1_units", "hidden_1_rate", "compile_optimizer",
                "resample", "status", "accuracy", "bal_accuracy", "mn_log_loss", "elapsed", "message"), shown);
    }
}
