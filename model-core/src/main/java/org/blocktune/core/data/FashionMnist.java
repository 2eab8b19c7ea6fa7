package org.blocktune.core.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads Fashion-MNIST (Zalando Research, MIT licence) from a directory holding the four IDX
 * files as published ({@code train-images-idx3-ubyte.gz} …). Works for the full files and for
 * the subset shipped in {@code resources/datasets/fashion-mnist-subset}.
 */
public final class FashionMnist {
    /** The class names, in label order 0..9. */
    public static final List<String> CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private FashionMnist() { }

    /** The training part: tensor column {@code image} (28×28, bytes 0..255) and categorical {@code label}. */
    public static Table train(Path dir) throws IOException {
        return IdxReader.readTable(dir.resolve("train-images-idx3-ubyte.gz"), dir.resolve("train-labels-idx1-ubyte.gz"), CLASSES);
    }

    /** The test part, as {@link #train(Path)}. */
    public static Table test(Path dir) throws IOException {
        return IdxReader.readTable(dir.resolve("t10k-images-idx3-ubyte.gz"), dir.resolve("t10k-labels-idx1-ubyte.gz"), CLASSES);
    }
}
