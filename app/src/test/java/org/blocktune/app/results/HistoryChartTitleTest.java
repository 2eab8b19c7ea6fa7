package org.blocktune.app.results;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.blocktune.core.fit.EpochMetrics;
import org.blocktune.core.fit.History;
import org.junit.jupiter.api.Test;

/**
 * The history chart's title promises validation curves only when there are some, and otherwise says how
 * to get them (issue 21, item 6: with the default fit_validation_split of 0 none ever appeared).
 */
class HistoryChartTitleTest {
    private static History history(boolean validation) {
        Map<String, Double> e1 = validation ? Map.of("loss", 0.9, "val_loss", 1.0) : Map.of("loss", 0.9);
        Map<String, Double> e2 = validation ? Map.of("loss", 0.5, "val_loss", 0.7) : Map.of("loss", 0.5);
        return new History(List.of(new EpochMetrics(1, e1), new EpochMetrics(2, e2)), null, 2);
    }

    @Test
    void withoutAValidationSplitTheTitleSaysHowToGetValidationCurves() {
        String title = HistoryChart.of(Map.of("cand_001", Map.of("Fold1", history(false))), "loss").getTitle().getText();
        assertTrue(title.contains("training only: set fit_validation_split above 0"), title);
        assertTrue(!title.contains("dashed: validation"), title);
    }

    @Test
    void withValidationValuesTheTitleExplainsTheDashedLines() {
        String title = HistoryChart.of(Map.of("cand_001", Map.of("Fold1", history(true))), "loss").getTitle().getText();
        assertTrue(title.contains("solid: training, dashed: validation"), title);
    }
}
