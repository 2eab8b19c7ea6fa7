package org.blocktune.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.Table;

/**
 * Finds the data sets the benchmarks use: the folder named by the system property
 * {@code blocktune.datasets}, else {@code resources/datasets} in the working directory or one of
 * its parents (so it works from the repository root and from a module folder).
 */
public final class BenchData {
    /** System property naming the data-set folder. */
    public static final String PROPERTY = "blocktune.datasets";

    private BenchData() {
    }

    /** The data-set folder. */
    public static Path datasets() {
        String given = System.getProperty(PROPERTY);
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("resources").resolve("datasets");
            if (Files.isRegularFile(candidate.resolve("iris.csv"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("resources/datasets/iris.csv not found from " + Path.of("").toAbsolutePath()
                + "; run from the BlockTune folder or set -D" + PROPERTY + "=<folder holding iris.csv>");
    }

    /** The iris table (150 rows, outcome {@code Species}). */
    public static Table iris() {
        return iris(datasets());
    }

    /** The iris table in {@code folder}. */
    public static Table iris(Path folder) {
        try {
            return CsvReader.read(folder.resolve("iris.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read iris.csv in " + folder, e);
        }
    }
}
