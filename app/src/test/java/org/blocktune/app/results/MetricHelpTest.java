package org.blocktune.app.results;

import static org.blocktune.app.FxThread.fx;
import static org.blocktune.app.FxThread.startWindow;
import static org.blocktune.app.FxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.blocktune.app.MainWindow;
import org.blocktune.app.common.MetricHelp;
import org.blocktune.app.workbench.Step;
import org.blocktune.core.metrics.ClassMetric;
import org.blocktune.core.metrics.Metric;
import org.blocktune.core.metrics.NumericMetric;
import org.blocktune.core.metrics.ProbMetric;
import org.blocktune.core.project.TunePlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Metric names such as kap, f_meas and mn_log_loss are explained where they are chosen (issue 21, item 6). */
@ExtendWith(ApplicationExtension.class)
class MetricHelpTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = startWindow(stage);
    }

    @Test
    void everyMetricHasAnExplanation() {
        List<Metric> all = new ArrayList<>(List.of(ClassMetric.values()));
        all.addAll(List.of(NumericMetric.values()));
        all.addAll(List.of(ProbMetric.values()));
        for (Metric m : all) {
            assertTrue(MetricHelp.of(m.metricName()).startsWith(m.metricName() + ": "), m.metricName());
        }
        assertTrue(MetricHelp.of("price rmse").startsWith("price rmse: root mean squared error"));
        assertTrue(MetricHelp.of("no_such_metric").isEmpty());
    }

    @Test
    void theResultsStepExplainsTheChosenMetric(FxRobot robot) throws Exception {
        TunePlan plan = IrisRun.plan();
        var results = IrisRun.run(plan);
        robot.interact(() -> {
            window.workbench().runPlanProperty().set(plan);
            window.workbench().resultsProperty().set(results);
            window.showStep(Step.RESULTS);
        });
        waitUntil(10, () -> robot.lookup("#metricHelp").queryAs(Label.class).isVisible());
        assertTrue(fx(() -> robot.lookup("#metricHelp").queryAs(Label.class).getText()).startsWith("accuracy: the share"));
        @SuppressWarnings("unchecked")
        ComboBox<String> choice = fx(() -> robot.lookup("#metricChoice").queryAs(ComboBox.class));
        robot.interact(() -> choice.setValue("mn_log_loss"));
        String help = fx(() -> robot.lookup("#metricHelp").queryAs(Label.class).getText());
        assertTrue(help.startsWith("mn_log_loss: mean log loss") && help.contains("smaller is better"), help);
    }
}
