package org.blocktune.app.workbench;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.blocktune.core.fit.FittedModel;
import org.blocktune.core.io.FinalModelRef;

/**
 * The project's final model in memory: the last fit of a chosen candidate, its test metrics, and the
 * model file it is saved in (null until it is saved).
 *
 * @param candidateId the finalised candidate
 * @param model       the fitted model
 * @param testMetrics metric → value on the test set (empty without a test set)
 * @param file        the model file it is saved in, or null while it is only in memory
 * @param reopened    true when it was read back from a saved project (not fitted in this session)
 */
public record FinalModel(String candidateId, FittedModel model, Map<String, Double> testMetrics, Path file,
                         boolean reopened) {

    public FinalModel {
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(model, "model");
        testMetrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(testMetrics)); // in the order shown
    }

    /** The same model saved in {@code f}. */
    public FinalModel savedIn(Path f) {
        return new FinalModel(candidateId, model, testMetrics, f, reopened);
    }

    /** What the project file stores of it, or null while it has no file. */
    public FinalModelRef ref() {
        return file == null ? null : new FinalModelRef(file.toAbsolutePath().normalize(), candidateId, testMetrics);
    }
}
