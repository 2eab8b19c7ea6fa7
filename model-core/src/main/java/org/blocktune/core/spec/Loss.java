package org.blocktune.core.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Loss functions by their Keras names and aliases; each maps to a DL4J loss function.
 * BlockTune always feeds one-hot labels, so {@code sparse_categorical_crossentropy} computes the
 * same as {@code categorical_crossentropy}.
 */
public enum Loss {
    CATEGORICAL_CROSSENTROPY(true, true, "categorical_crossentropy"),
    SPARSE_CATEGORICAL_CROSSENTROPY(true, true, "sparse_categorical_crossentropy"),
    BINARY_CROSSENTROPY(true, true, "binary_crossentropy"),
    KL_DIVERGENCE(true, false, "kl_divergence", "kld", "kullback_leibler_divergence"),
    HINGE(true, false, "hinge"),
    SQUARED_HINGE(true, false, "squared_hinge"),
    MEAN_SQUARED_ERROR(false, true, "mean_squared_error", "mse"),
    MEAN_ABSOLUTE_ERROR(false, true, "mean_absolute_error", "mae"),
    MEAN_ABSOLUTE_PERCENTAGE_ERROR(false, true, "mean_absolute_percentage_error", "mape"),
    MEAN_SQUARED_LOGARITHMIC_ERROR(false, true, "mean_squared_logarithmic_error", "msle"),
    POISSON(false, false, "poisson"),
    COSINE_SIMILARITY(false, false, "cosine_similarity");

    /** Keras losses DL4J 1.0.0-M2.1 has no loss function for. */
    public static final Map<String, String> WITHOUT_DL4J_EQUIVALENT = Map.ofEntries(
            Map.entry("huber", "mean_absolute_error"),
            Map.entry("huber_loss", "mean_absolute_error"),
            Map.entry("log_cosh", "mean_squared_error"),
            Map.entry("logcosh", "mean_squared_error"),
            Map.entry("categorical_hinge", "hinge"),
            Map.entry("binary_focal_crossentropy", "binary_crossentropy"),
            Map.entry("categorical_focal_crossentropy", "categorical_crossentropy"),
            Map.entry("categorical_generalized_cross_entropy", "categorical_crossentropy"),
            Map.entry("dice", "binary_crossentropy"),
            Map.entry("tversky", "binary_crossentropy"),
            Map.entry("ctc", "categorical_crossentropy"),
            Map.entry("circle", "categorical_crossentropy"));

    private final boolean classification;
    private final boolean weighted;
    private final List<String> names;

    Loss(boolean classification, boolean weighted, String... names) {
        this.classification = classification;
        this.weighted = weighted;
        this.names = List.of(names);
    }

    /** Main Keras name. */
    public String keras() {
        return names.get(0);
    }

    /** Keras name and aliases. */
    public List<String> aliases() {
        return names;
    }

    /** True when the loss needs a categorical outcome (probabilities vs one-hot labels). */
    public boolean forClassification() {
        return classification;
    }

    /** True when DL4J's loss takes per-column weights (needed for class and loss weights). */
    public boolean supportsWeights() {
        return weighted;
    }

    /** Every accepted name, aliases included. */
    public static List<String> names() {
        List<String> all = new ArrayList<>();
        for (Loss l : values()) {
            all.addAll(l.names);
        }
        return all;
    }

    /** Finds a loss by Keras name or alias, ignoring case. */
    public static Optional<Loss> byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.names.contains(n)).findFirst();
    }

    /** Default loss as in kerasnip: categorical (> 2 classes), binary (2 classes), MSE (numeric). */
    public static Loss defaultFor(OutcomeShape outcome) {
        if (!outcome.classification()) {
            return MEAN_SQUARED_ERROR;
        }
        return outcome.width() == 2 ? BINARY_CROSSENTROPY : CATEGORICAL_CROSSENTROPY;
    }

    /** Why a name is not usable: no DL4J equivalent, or unknown (listing the valid names). */
    public static String whyNot(String name) {
        return KerasNames.whyNot("loss", name, WITHOUT_DL4J_EQUIVALENT, names());
    }
}
