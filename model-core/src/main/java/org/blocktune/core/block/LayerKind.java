package org.blocktune.core.block;

import java.util.List;
import java.util.Optional;
import org.blocktune.core.space.DefaultDomains;

/**
 * The built-in layer types. Each maps to one DL4J layer or vertex (or, for {@code flatten}, to a
 * shape change DL4J performs with a preprocessor). Argument names and defaults follow Keras where
 * Keras has a default; the others are documented in the README.
 */
public enum LayerKind {
    INPUT("input", InputArity.NONE, "Network input; its shape comes from the data.", List.of()),
    DENSE("dense", InputArity.ONE, "Fully connected layer.", List.of(
            Args.UNITS, Args.activation("relu"), Args.USE_BIAS)),
    DROPOUT("dropout", InputArity.ONE, "Randomly drops a fraction `rate` of its inputs while training.",
            List.of(Args.RATE)),
    BATCH_NORM("batch_norm", InputArity.ONE, "Batch normalisation of each feature or channel.", List.of(
            ArgSpec.real("momentum", 0.99, ValueRange.UNIT_OPEN, "Momentum of the moving mean and variance."),
            ArgSpec.real("epsilon", 0.001, ValueRange.POSITIVE, "Small number added to the variance."))),
    ACTIVATION("activation", InputArity.ONE, "Applies an activation function.", List.of(Args.activation("relu"))),
    CONV1D("conv1d", InputArity.ONE, "1-D convolution over a sequence [steps, features].", List.of(
            Args.FILTERS, Args.KERNEL_SIZE, Args.STRIDES, Args.PADDING, Args.activation("relu"))),
    CONV2D("conv2d", InputArity.ONE, "2-D convolution over an image [height, width, channels] (square kernel).",
            List.of(Args.FILTERS, Args.KERNEL_SIZE, Args.STRIDES, Args.PADDING, Args.activation("relu"))),
    MAX_POOL1D("max_pool1d", InputArity.ONE, "Max pooling over a sequence.", Args.POOLING),
    AVG_POOL1D("avg_pool1d", InputArity.ONE, "Average pooling over a sequence.", Args.POOLING),
    MAX_POOL2D("max_pool2d", InputArity.ONE, "Max pooling over an image (square window).", Args.POOLING),
    AVG_POOL2D("avg_pool2d", InputArity.ONE, "Average pooling over an image (square window).", Args.POOLING),
    GLOBAL_POOL("global_pool", InputArity.ONE, "Pools a whole sequence or image down to one vector.", List.of(
            ArgSpec.choice("pooling", "avg", List.of("avg", "max"), "Average or maximum."))),
    LSTM("lstm", InputArity.ONE, "Long short-term memory layer over a sequence.", List.of(
            Args.UNITS, Args.activation("tanh"),
            ArgSpec.bool("return_sequences", false,
                    "Output the whole sequence (true) or only the last step (false)."))),
    EMBEDDING("embedding", InputArity.ONE, "Maps integer tokens to dense vectors: [n] → [n, output_dim].", List.of(
            ArgSpec.integer("input_dim", 1000, ValueRange.POSITIVE, "Vocabulary size (largest token + 1)."),
            ArgSpec.integer("output_dim", 32, ValueRange.POSITIVE, "Size of each embedding vector.")
                    .withDomain(DefaultDomains.UNITS))),
    FLATTEN("flatten", InputArity.ONE, "Flattens an image to a vector.", List.of()),
    OUTPUT("output", InputArity.ONE,
            "Output layer: softmax over the classes (classification) or linear (regression); size from the data.",
            List.of()),
    CONCATENATE("concatenate", InputArity.MANY, "Joins its inputs along the feature/channel axis.", List.of()),
    ADD("add", InputArity.MANY, "Adds its inputs element by element (shapes must match).", List.of());

    private final String keyword;
    private final InputArity arity;
    private final String description;
    private final List<ArgSpec> arguments;

    LayerKind(String keyword, InputArity arity, String description, List<ArgSpec> arguments) {
        this.keyword = keyword;
        this.arity = arity;
        this.description = description;
        this.arguments = List.copyOf(arguments);
    }

    /** The name used in files and in the palette, e.g. {@code max_pool2d}. */
    public String keyword() {
        return keyword;
    }

    public InputArity arity() {
        return arity;
    }

    public String description() {
        return description;
    }

    /** Declared arguments, in display order. */
    public List<ArgSpec> arguments() {
        return arguments;
    }

    /** The declared argument with this name, if any. */
    public Optional<ArgSpec> argument(String name) {
        return arguments.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** Looks up a kind by keyword (case-insensitive). */
    public static Optional<LayerKind> byKeyword(String keyword) {
        for (LayerKind k : values()) {
            if (k.keyword.equalsIgnoreCase(keyword)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Argument declarations shared by several kinds. */
    private static final class Args {
        static final ArgSpec UNITS = ArgSpec.integer("units", 32, ValueRange.POSITIVE, "Number of units (width).")
                .withDomain(DefaultDomains.UNITS);
        static final ArgSpec USE_BIAS = ArgSpec.bool("use_bias", true, "Whether the layer has a bias vector.");
        static final ArgSpec RATE = ArgSpec.real("rate", 0.5, ValueRange.UNIT_UPPER_OPEN,
                "Fraction of inputs dropped while training (Keras drop rate, 0 ≤ rate < 1).")
                .withDomain(DefaultDomains.DROPOUT);
        static final ArgSpec FILTERS = ArgSpec.integer("filters", 32, ValueRange.POSITIVE,
                "Number of convolution filters (output channels).")
                .withDomain(DefaultDomains.FILTERS);
        static final ArgSpec KERNEL_SIZE = ArgSpec.integer("kernel_size", 3, ValueRange.POSITIVE,
                "Width of the convolution window.").withDomain(DefaultDomains.KERNEL_SIZE);
        static final ArgSpec STRIDES = ArgSpec.integer("strides", 1, ValueRange.POSITIVE, "Step of the window.");
        static final ArgSpec PADDING = ArgSpec.choice("padding", "valid", List.of("valid", "same"),
                "valid: no padding (output shrinks); same: pad so that output size = input size / strides.");
        static final List<ArgSpec> POOLING = List.of(
                ArgSpec.integer("pool_size", 2, ValueRange.POSITIVE, "Width of the pooling window.")
                        .withDomain(DefaultDomains.POOL_SIZE),
                ArgSpec.integer("strides", 0, ValueRange.NON_NEGATIVE, "Step of the window; 0 means pool_size."),
                ArgSpec.choice("padding", "valid", List.of("valid", "same"), "valid or same padding."));

        static ArgSpec activation(String dflt) {
            return ArgSpec.choice("activation", dflt, Activations.NAMES, "Activation function.")
                    .withDomain(DefaultDomains.ACTIVATION);
        }

        private Args() {
        }
    }
}
