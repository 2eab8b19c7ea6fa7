package org.blocktune.core.spec;

import java.util.ArrayList;
import java.util.List;
import org.blocktune.core.block.ArgSpec;
import org.blocktune.core.block.ValueRange;
import org.blocktune.core.space.DefaultDomains;

/**
 * The training arguments every spec exposes after its block arguments: {@code learn_rate}, the
 * {@code fit_*} arguments and the {@code compile_*} arguments, with Keras names. Defaults and the
 * differences from kerasnip/Keras are listed in the README.
 */
public final class TrainingArgs {
    /** Name of the learning-rate argument. */
    public static final String LEARN_RATE = "learn_rate";

    /** {@code learn_rate}: default 0.01 as in kerasnip. */
    public static final ArgSpec LEARN_RATE_ARG = ArgSpec.real(LEARN_RATE, 0.01, ValueRange.POSITIVE,
            "Learning rate of the optimizer (kerasnip default 0.01).")
            .withDomain(DefaultDomains.LEARN_RATE);

    /** The {@code fit_*} arguments, in order. */
    public static final List<ArgSpec> FIT = List.of(
            ArgSpec.integer("fit_batch_size", 32, ValueRange.POSITIVE, "Examples per gradient update.")
                    .withDomain(DefaultDomains.BATCH_SIZE),
            ArgSpec.integer("fit_epochs", 10, ValueRange.POSITIVE, "Passes over the training data.")
                    .withDomain(DefaultDomains.EPOCHS),
            ArgSpec.real("fit_validation_split", 0.0, ValueRange.UNIT_UPPER_OPEN,
                    "Fraction of the training rows held out (the last rows, as in Keras) to report validation metrics."),
            ArgSpec.bool("fit_shuffle", true, "Shuffle the training rows before each epoch."),
            ArgSpec.text("fit_class_weight", "",
                    "Class weights: empty for none, 'balanced', or one weight per class in level order, e.g. '1,3'."),
            ArgSpec.integer("fit_initial_epoch", 0, ValueRange.NON_NEGATIVE,
                    "Epoch to start counting from (for resuming).").notTunable(),
            ArgSpec.integer("fit_steps_per_epoch", 0, ValueRange.NON_NEGATIVE,
                    "Batches per epoch; 0 means one pass over the data."),
            ArgSpec.integer("fit_validation_freq", 1, ValueRange.POSITIVE, "Compute validation metrics every n epochs."),
            ArgSpec.integer("fit_verbose", 0, ValueRange.closed(0, 2), "0 silent, 1 progress, 2 one line per epoch.")
                    .notTunable(),
            ArgSpec.bool("fit_early_stopping", false, "Stop when the monitored quantity stops improving."),
            ArgSpec.text("fit_early_stopping_monitor", "val_loss",
                    "Quantity to monitor: loss, val_loss, or a metric such as val_accuracy."),
            ArgSpec.integer("fit_early_stopping_patience", 0, ValueRange.NON_NEGATIVE,
                    "Epochs without improvement before stopping (Keras default 0)."),
            ArgSpec.real("fit_early_stopping_min_delta", 0.0, ValueRange.NON_NEGATIVE,
                    "Smallest change that counts as an improvement."),
            ArgSpec.bool("fit_early_stopping_restore_best", false,
                    "Restore the weights of the best epoch when stopping."));

    /** The {@code compile_*} arguments, in order. */
    public static final List<ArgSpec> COMPILE = List.of(
            ArgSpec.choice("compile_optimizer", "adam", Optimizer.names(),
                    "Optimizer (Keras name); learn_rate is its learning rate.")
                    .withDomain(DefaultDomains.OPTIMIZER),
            ArgSpec.choice("compile_loss", "auto", withAuto(Loss.names()),
                    "Loss (Keras name); auto = categorical_crossentropy (>2 classes), "
                            + "binary_crossentropy (2 classes) or mean_squared_error (numeric)."),
            ArgSpec.text("compile_metrics", "auto",
                    "Comma-separated metrics; auto = accuracy (classification) or mean_absolute_error (regression)."),
            ArgSpec.text("compile_loss_weights", "",
                    "Multi-output only: one weight per output in output order, e.g. '1,0.5'; empty = all 1."));

    private TrainingArgs() {
    }

    /** learn_rate, fit_* and compile_*, in order. */
    public static List<ArgSpec> all() {
        List<ArgSpec> all = new ArrayList<>();
        all.add(LEARN_RATE_ARG);
        all.addAll(FIT);
        all.addAll(COMPILE);
        return all;
    }

    private static List<String> withAuto(List<String> names) {
        List<String> out = new ArrayList<>();
        out.add("auto");
        out.addAll(names);
        return out;
    }
}
