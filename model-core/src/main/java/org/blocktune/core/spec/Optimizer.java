package org.blocktune.core.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Optimizers by their Keras names. Each maps to a DL4J updater; {@code learn_rate} is applied to
 * all of them except {@code adadelta}, which in DL4J has no learning rate.
 */
public enum Optimizer {
    ADAM("adam"), SGD("sgd"), RMSPROP("rmsprop"), ADAGRAD("adagrad"), ADADELTA("adadelta"),
    ADAMAX("adamax"), NADAM("nadam"), AMSGRAD("amsgrad"), NESTEROV("nesterov"), ADABELIEF("adabelief");

    /** Keras optimizers DL4J 1.0.0-M2.1 has no updater for, with the nearest alternative. */
    public static final Map<String, String> WITHOUT_DL4J_EQUIVALENT = Map.of(
            "adamw", "adam",
            "adafactor", "adam",
            "ftrl", "adagrad",
            "lamb", "adam",
            "lion", "adam",
            "muon", "sgd");

    private final String keras;

    Optimizer(String keras) {
        this.keras = keras;
    }

    /** Keras name. */
    public String keras() {
        return keras;
    }

    /** All supported names. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Optimizer::keras).toList();
    }

    /** Finds an optimizer by Keras name, ignoring case. */
    public static Optional<Optimizer> byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.keras.equals(n)).findFirst();
    }

    /** Why a name is not usable: no DL4J equivalent, or unknown (listing the valid names). */
    public static String whyNot(String name) {
        return KerasNames.whyNot("optimizer", name, WITHOUT_DL4J_EQUIVALENT, names());
    }
}
