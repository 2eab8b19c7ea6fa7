package org.blocktune.app.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.FashionMnist;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.recipe.Dummy;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.data.recipe.ScaleImages;
import org.blocktune.core.data.recipe.ZeroVariance;

/**
 * The example data sets shipped with BlockTune ({@code resources/datasets}, copied into the app's
 * resources at build time), each with the outcome and recipe of its kerasnip vignette.
 */
public enum ExampleData {
    IRIS("Iris", "150 flowers, 3 species", "iris.csv", "Species", Recipe.of(new Normalize())),
    DIAMONDS("Diamonds", "53,940 diamond prices (regression)", "diamonds.csv", "price",
            Recipe.of(new Dummy(false), new ZeroVariance(), new Normalize())),
    ATTRITION("Attrition", "1,470 employees, Attrition yes/no", "attrition.csv", "Attrition",
            Recipe.of(new ZeroVariance(), new Dummy(false), new Normalize())),
    FASHION_MNIST("Fashion-MNIST subset", "2,000 28×28 images, 10 classes", "fashion-mnist-subset", "label",
            Recipe.of(new ScaleImages()));

    private static final String BASE = "/org/blocktune/app/datasets/";
    private static final List<String> FILES = List.of("iris.csv", "diamonds.csv", "attrition.csv",
            "fashion-mnist-subset/train-images-idx3-ubyte.gz", "fashion-mnist-subset/train-labels-idx1-ubyte.gz",
            "fashion-mnist-subset/t10k-images-idx3-ubyte.gz", "fashion-mnist-subset/t10k-labels-idx1-ubyte.gz");
    private static Path extracted;

    private final String title;
    private final String description;
    private final String file;
    private final String outcome;
    private final Recipe recipe;

    ExampleData(String title, String description, String file, String outcome, Recipe recipe) {
        this.title = title;
        this.description = description;
        this.file = file;
        this.outcome = outcome;
        this.recipe = recipe;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The file (or directory) name, e.g. {@code iris.csv}. */
    public String fileName() {
        return file;
    }

    /** Its name among the core's shipped data sets ({@code iris}, {@code fashion-mnist}, …), as project files store it. */
    public String shippedName() {
        return this == FASHION_MNIST ? "fashion-mnist" : name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The example with this shipped name, if any. */
    public static java.util.Optional<ExampleData> ofShippedName(String name) {
        return java.util.Arrays.stream(values()).filter(x -> x.shippedName().equalsIgnoreCase(name.trim())).findFirst();
    }

    /**
     * The data set's own test rows (Fashion-MNIST's 10k test file subset), or null when the test set is split
     * off the data (slow: call off the FX thread).
     */
    public Table loadOwnTest() throws IOException {
        return this == FASHION_MNIST ? FashionMnist.test(directory().resolve(file)) : null;
    }

    /** The outcome column its vignette predicts. */
    public String outcome() {
        return outcome;
    }

    /** The recipe its vignette uses. */
    public Recipe recipe() {
        return recipe;
    }

    /** Reads the data set (slow for the larger ones: call off the FX thread). */
    public Table load() throws IOException {
        Path p = directory().resolve(file);
        return this == FASHION_MNIST ? FashionMnist.train(p) : CsvReader.read(p);
    }

    /** Where the data sets are on disk: the build's resources, or a copy taken out of the jar. */
    static synchronized Path directory() throws IOException {
        URL iris = ExampleData.class.getResource(BASE + "iris.csv");
        if (iris == null) {
            throw new IOException("the example data sets are missing from this build (resources/datasets)");
        }
        if ("file".equals(iris.getProtocol())) {
            try {
                return Path.of(iris.toURI()).getParent();
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        if (extracted == null) {
            Path dir = Files.createTempDirectory("blocktune-datasets");
            for (String f : FILES) {
                Path to = dir.resolve(f);
                Files.createDirectories(to.getParent());
                try (InputStream in = ExampleData.class.getResourceAsStream(BASE + f)) {
                    if (in == null) {
                        throw new UncheckedIOException(new IOException("missing example file " + f));
                    }
                    Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            extracted = dir;
        }
        return extracted;
    }
}
