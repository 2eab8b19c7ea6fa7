package org.blocktune.app.tuning;

import static org.blocktune.app.FxThread.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import javafx.stage.Stage;
import org.blocktune.core.fit.EpochMetrics;
import org.blocktune.core.tune.Candidate;
import org.blocktune.core.tune.FitKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The live loss chart's legend says which curve is training and which validation loss, also when
 * the resample itself is called "validation" (a validation-split run), where it used to read
 * "cand_001/validation loss" for a training curve.
 */
@ExtendWith(ApplicationExtension.class)
class LossChartTest {

    @Start
    void start(Stage stage) {
        // the chart needs the FX toolkit only
    }

    @Test
    void theLegendNamesTrainingAndValidationLossApart() throws Exception {
        List<String> names = fx(() -> {
            LossChart chart = new LossChart();
            FitKey split = new FitKey(new Candidate("cand_001", Map.of()), "validation", 1);
            FitKey fold = new FitKey(new Candidate("cand_002", Map.of()), "Fold1", 2);
            chart.epoch(split, new EpochMetrics(1, Map.of("loss", 0.9, "val_loss", 1.1)));
            chart.epoch(fold, new EpochMetrics(1, Map.of("loss", 0.8)));
            return chart.seriesNames();
        });
        assertEquals(List.of("cand_001 · validation: training loss", "cand_001 · validation: validation loss",
                "cand_002 · Fold1: training loss"), names);
    }
}
