package org.blocktune.core.fit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.Task;
import org.blocktune.core.metrics.Metric;

/**
 * A trained network with the fitted recipe and class levels it needs to score new data.
 * Made by {@link ModelFitter#fit}; saved with {@link #save} and read back with {@link #load}.
 */
public interface FittedModel {

    /** What was fitted. */
    FitRequest request();

    /** Classification or regression. */
    Task task();

    /** Class levels in probability-column order (classification), else empty. */
    List<String> classLevels();

    /** The per-epoch record of training. */
    History history();

    /** Trainable parameter count. */
    long numParams();

    /** The network's outputs, in output order: one, or one per outcome column of a network with several. */
    default List<ModelOutput> outputs() {
        return List.of();
    }

    /**
     * Predictions for every row of {@code data} (raw columns as in training; outcomes may be absent):
     * {@code .pred_class} and one {@code .pred_<level>} probability column per level for
     * classification; {@code .pred} for one numeric outcome ({@code .pred_<outcome>} for the columns of a
     * vector outcome). With several outputs, kerasnip's names: {@code .pred_<output>} for a numeric output,
     * {@code .pred_class_<output>} and {@code .pred_<output>_<level>} for a categorical one.
     */
    Table predict(Table data);

    /**
     * Predictions of a multistep (vector) outcome as one row per input row and step: {@code .row} (the
     * input row, from 1), {@code .step}, and {@code .pred} (or {@code .pred_<variable>} for several
     * forecast variables) — kerasnip's nested {@code .pred} tibbles of {@code .step, .pred}, unnested.
     * Steps and variables come from the outcome names as kerasnip parses them ({@code lead_2_sales}: step 2
     * of {@code sales}); names without a step number are steps 1, 2, … in column order.
     *
     * @throws IllegalStateException when the model has no vector outcome
     */
    default Table predictSteps(Table data) {
        throw new IllegalStateException("this model has no multistep (vector) outcome; use predict");
    }

    /**
     * The category levels of {@code data}'s predictors never seen in training, one sentence per column
     * with the row numbers; empty when all are known.
     */
    default List<String> unseenLevels(Table data) {
        return List.of();
    }

    /** Metric name → value on {@code data}, which must contain the outcome columns. */
    Map<String, Double> evaluate(Table data, List<Metric> metrics);

    /** Writes the model (DL4J's format), spec, values, fitted recipe, levels and history to one file. */
    void save(Path file) throws IOException;

    /**
     * Reads a model written by {@link #save}. Files of older format versions load with defaults for
     * the fields they lack (e.g. an empty history).
     *
     * @throws IOException saying what is wrong when the file is missing, not a BlockTune model, or damaged
     */
    static FittedModel load(Path file) throws IOException {
        return ModelFile.read(file);
    }
}
