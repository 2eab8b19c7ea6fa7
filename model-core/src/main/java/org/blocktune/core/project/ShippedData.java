package org.blocktune.core.project;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.FashionMnist;
import org.blocktune.core.data.Table;

/**
 * The data sets shipped with BlockTune ({@code iris}, {@code diamonds}, {@code attrition},
 * {@code fashion-mnist}) and where they are: the folder named by the system property
 * {@code blocktune.resources}, else the first {@code resources} folder holding {@code datasets}
 * found from the working folder or the program's own folder upwards.
 */
public final class ShippedData {
    /** System property naming the resources folder. */
    public static final String PROPERTY = "blocktune.resources";
    /** Names of the shipped data sets. */
    public static final List<String> NAMES = List.of("iris", "diamonds", "attrition", "fashion-mnist");

    private ShippedData() {
    }

    /** The shipped resources folder (holding {@code datasets/} and {@code examples/}). */
    public static Path resources() throws IOException {
        String prop = System.getProperty(PROPERTY);
        if (prop != null && !prop.isBlank()) {
            Path p = Path.of(prop);
            if (Files.isDirectory(p.resolve("datasets"))) return p;
            throw new IOException("the folder " + p + " (system property " + PROPERTY + ") has no datasets folder");
        }
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        codeFolder().ifPresent(starts::add);
        for (Path start : starts) {
            for (Path p = start; p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("resources").resolve("datasets"))) return p.resolve("resources");
            }
        }
        throw new IOException("could not find BlockTune's shipped data sets (a 'resources/datasets' folder) from "
                + starts + "; start BlockTune from its folder or set -D" + PROPERTY + "=<folder>");
    }

    /**
     * Loads a shipped data set. For {@code fashion-mnist} the result also holds its own test set.
     *
     * @throws IOException for an unknown name or a missing file
     */
    public static LoadedData load(String name) throws IOException {
        String key = name.trim().toLowerCase(Locale.ROOT);
        Path datasets = resources().resolve("datasets");
        if (key.equals("fashion-mnist")) {
            Path dir = datasets.resolve("fashion-mnist-subset");
            return new LoadedData(FashionMnist.train(dir), FashionMnist.test(dir));
        }
        if (!NAMES.contains(key)) {
            throw new IOException("there is no shipped data set called '" + name + "'; shipped are " + NAMES);
        }
        Table t = CsvReader.read(datasets.resolve(key + ".csv"));
        return new LoadedData(t, null);
    }

    private static Optional<Path> codeFolder() {
        try {
            var src = ShippedData.class.getProtectionDomain().getCodeSource();
            return src == null ? Optional.empty() : Optional.of(Path.of(src.getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
