package org.blocktune.core.io;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The project's final model: the last fit of the chosen candidate (tune's {@code last_fit()}), saved as a
 * model file ({@code .model.zip}, see {@code FittedModel#save}) beside the project or where the user chose.
 * The project file refers to it by a path relative to the project file and keeps the test metrics it
 * scored, so a reopened project shows the final fit without training again.
 *
 * @param file        the model file (stored relative to the project file when possible)
 * @param candidate   the id of the finalised candidate ({@code cand_004})
 * @param testMetrics metric name → value on the test set, in the order shown; empty when the project kept no test set
 */
public record FinalModelRef(Path file, String candidate, Map<String, Double> testMetrics) {

    /** Checks and copies the parts. */
    public FinalModelRef {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(candidate, "candidate");
        if (candidate.isBlank()) {
            throw new IllegalArgumentException("the final model's candidate id is empty");
        }
        Map<String, Double> m = new LinkedHashMap<>();
        testMetrics.forEach((k, v) -> m.put(Objects.requireNonNull(k, "metric name"), Objects.requireNonNull(v, k)));
        testMetrics = Collections.unmodifiableMap(m);
    }
}
