package org.blocktune.app.predict;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.Table;

/**
 * Predictions for the rows of a CSV file.
 *
 * @param csv         the file read
 * @param input       its rows as read
 * @param predictions one row per input row: {@code .pred_class} and {@code .pred_<level>}, or {@code .pred}
 *                    (as {@code blocktune predict} names them)
 * @param notes       what the user should know (rows without a prediction, unseen levels, a guessed delimiter)
 * @param metrics     the model's metrics on these rows when they hold the outcome, else empty
 */
record Predictions(Path csv, Table input, Table predictions, List<String> notes, Map<String, Double> metrics) {
    Predictions {
        notes = List.copyOf(notes);
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }
}
