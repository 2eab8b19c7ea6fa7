package org.blocktune.core.io;

import java.nio.file.Path;
import java.util.Objects;
import org.blocktune.core.data.CsvOptions;

/** Where a project's data comes from: a CSV file or a data set shipped with BlockTune. */
public sealed interface DataSource permits DataSource.CsvFile, DataSource.Shipped {

    /**
     * A CSV file. The project file stores the path relative to its own folder when it can, so that
     * a project folder can be moved or shared; reading gives an absolute path again.
     *
     * @param file    the CSV file
     * @param options how to read it
     */
    record CsvFile(Path file, CsvOptions options) implements DataSource {
        public CsvFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(options, "options");
        }
    }

    /**
     * A data set shipped with BlockTune, by name (e.g. {@code fashion-mnist}, {@code iris}).
     *
     * @param name the data set's name
     */
    record Shipped(String name) implements DataSource {
        public Shipped {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a shipped data set needs a name");
            }
        }
    }
}
