package org.blocktune.core.block;

import java.util.List;

/** Activation names accepted by blocks (Keras spelling). */
public final class Activations {
    /** All names, in the order shown to users. */
    public static final List<String> NAMES = List.of(
            "relu", "linear", "sigmoid", "tanh", "softmax", "elu", "selu", "gelu", "swish",
            "leaky_relu", "softplus", "softsign", "hard_sigmoid", "relu6", "mish");

    private Activations() {
    }
}
