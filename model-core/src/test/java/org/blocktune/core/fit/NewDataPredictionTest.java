package org.blocktune.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.blocktune.core.data.Table;
import org.blocktune.core.task.CancellationToken;
import org.junit.jupiter.api.Test;

/** Predicting new rows in slices gives what one call gives, reports progress, cancels, and names lacking columns. */
class NewDataPredictionTest {

    @Test
    void slicedPredictionsEqualOneCallAndReportProgress() throws FitFailure {
        Table iris = FitFixtures.iris();
        FittedModel model = ModelFitter.fit(FitFixtures.irisRequest(Map.of("fit_epochs", 3)), iris, FitListener.NONE,
                CancellationToken.none());
        int[] rows = new int[NewDataPrediction.SLICE * 2 + 100]; // three slices of the 150 rows over and over
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i % iris.rowCount();
        }
        Table many = iris.rows(rows);
        List<Integer> seen = new ArrayList<>();
        Table sliced = NewDataPrediction.predict(model, many, (done, total) -> {
            assertEquals(rows.length, total);
            seen.add(done);
        }, CancellationToken.none());
        assertEquals(model.predict(many), sliced);
        assertEquals(List.of(NewDataPrediction.SLICE, 2 * NewDataPrediction.SLICE, rows.length), seen);
        assertTrue(sliced.has(".pred_class") && sliced.has(".pred_setosa"), sliced.names().toString());

        CancellationToken cancel = new CancellationToken();
        assertThrows(CancellationException.class, () -> NewDataPrediction.predict(model, many,
                (done, total) -> cancel.cancel(), cancel));

        Table lacking = iris.drop(List.of("Petal.Width"));
        assertEquals(List.of("Petal.Width"), NewDataPrediction.missingPredictors(model, lacking));
        assertEquals(List.of(), NewDataPrediction.missingPredictors(model, iris));
        assertTrue(NewDataPrediction.metricsWhenObserved(model, iris).containsKey("accuracy"));
        assertEquals(Map.of(), NewDataPrediction.metricsWhenObserved(model, iris.drop(List.of("Species"))));
    }
}
