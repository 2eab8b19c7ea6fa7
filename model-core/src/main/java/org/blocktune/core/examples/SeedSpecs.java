package org.blocktune.core.examples;

import org.blocktune.core.block.Block;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.CompositeBlock;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.block.LayerTemplate;
import org.blocktune.core.spec.FunctionalSpec;
import org.blocktune.core.spec.Node;
import org.blocktune.core.spec.SequentialSpec;

/**
 * The specs of kerasnip's published examples, rebuilt from BlockTune blocks with the same
 * argument names: {@code iris_mlp}, {@code mnist_mlp}, {@code diamond_mlp} and the two-tower
 * {@code attrition_towers} graph; plus {@code fashion_mlp} and {@code tuner_mlp}, the MLPs of
 * seed 001 and of the Keras Tuner notes (seed 004) for 28×28 images.
 */
public final class SeedSpecs {

    private SeedSpecs() {
    }

    /** kerasnip's {@code dense_block(units = 10)}: one relu dense layer. */
    public static CompositeBlock denseBlock(int units) {
        return CompositeBlock.builder("dense_block").description("A relu dense layer.")
                .arg("units", units)
                .layer(LayerTemplate.of(LayerKind.DENSE).bind("units", "units").set("activation", "relu"))
                .build();
    }

    /** A dense layer followed by dropout, arguments {@code units} and {@code rate}. */
    public static CompositeBlock denseDropout(int units, double rate) {
        return CompositeBlock.builder("dense_dropout").description("A relu dense layer followed by dropout.")
                .arg("units", units).arg("rate", rate)
                .layer(LayerTemplate.of(LayerKind.DENSE).bind("units", "units").set("activation", "relu"))
                .layer(LayerTemplate.of(LayerKind.DROPOUT).bind("rate", "rate"))
                .build();
    }

    /** A dense layer followed by dropout, arguments {@code units} and {@code dropout} (seed 002). */
    public static CompositeBlock denseWithDropoutArg(int units) {
        return CompositeBlock.builder("dense_block").description("A relu dense layer followed by dropout.")
                .arg("units", units).arg("dropout", 0.0)
                .layer(LayerTemplate.of(LayerKind.DENSE).bind("units", "units").set("activation", "relu"))
                .layer(LayerTemplate.of(LayerKind.DROPOUT).bind("rate", "dropout"))
                .build();
    }

    /** Seed 000: input, one dense block, softmax output. */
    public static SequentialSpec irisMlp() {
        return SequentialSpec.named("iris_mlp")
                .add("input", builtin(LayerKind.INPUT))
                .add("dense", denseBlock(10))
                .add("output", builtin(LayerKind.OUTPUT));
    }

    /** Seed 001: input, two dense+dropout blocks, softmax output. */
    public static SequentialSpec mnistMlp() {
        CompositeBlock hidden = denseDropout(128, 0.1);
        return SequentialSpec.named("mnist_mlp")
                .add("input", builtin(LayerKind.INPUT))
                .add("hidden_1", hidden)
                .add("hidden_2", hidden)
                .add("output", builtin(LayerKind.OUTPUT));
    }

    /**
     * Seed 001 on images: input, flatten (kerasnip reshapes the images to 784 columns before the
     * fit; BlockTune flattens in the network), two dense+dropout blocks, softmax output.
     */
    public static SequentialSpec fashionMlp() {
        CompositeBlock hidden = denseDropout(128, 0.1);
        return SequentialSpec.named("fashion_mlp")
                .add("input", builtin(LayerKind.INPUT))
                .add("flatten", builtin(LayerKind.FLATTEN))
                .add("hidden_1", hidden)
                .add("hidden_2", hidden)
                .add("output", builtin(LayerKind.OUTPUT));
    }

    /**
     * Seed 004 (Keras Tuner's {@code build_model}): input, flatten, a repeatable relu dense block
     * {@code hidden} ({@code num_hidden} = n_hidden, {@code hidden_units} = n_neurons), softmax output.
     */
    public static SequentialSpec tunerMlp() {
        return SequentialSpec.named("tuner_mlp")
                .add("input", builtin(LayerKind.INPUT))
                .add("flatten", builtin(LayerKind.FLATTEN))
                .add("hidden", denseBlock(30))
                .add("output", builtin(LayerKind.OUTPUT));
    }

    /** Seed 002: input, a repeatable dense+dropout body, linear output. */
    public static SequentialSpec diamondMlp() {
        return SequentialSpec.named("diamond_mlp")
                .add("input", builtin(LayerKind.INPUT))
                .add("body", denseWithDropoutArg(128))
                .add("output", builtin(LayerKind.OUTPUT));
    }

    /** Seed 002: two dense towers read the input, are concatenated, then the output. */
    public static FunctionalSpec attritionTowers() {
        CompositeBlock tower = denseWithDropoutArg(64);
        return FunctionalSpec.named("attrition_towers")
                .add("main_input", builtin(LayerKind.INPUT))
                .add("tower_a", tower, "main_input")
                .add("tower_b", tower, "main_input")
                .add("joined", builtin(LayerKind.CONCATENATE), Node.inputs("input_a", "tower_a", "input_b", "tower_b"))
                .add("output", builtin(LayerKind.OUTPUT), "joined");
    }

    private static Block builtin(LayerKind kind) {
        return BlockCatalogue.builtin(kind);
    }
}
