package org.blocktune.core.project;

import java.io.IOException;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.Table;
import org.blocktune.core.io.DataRef;
import org.blocktune.core.io.DataSource;

/**
 * A project's data in memory.
 *
 * @param table   all rows (for a data set with its own test set: the training rows)
 * @param ownTest the data set's own test rows (Fashion-MNIST), or {@code null} when the test set is split off {@code table}
 */
public record LoadedData(Table table, Table ownTest) {

    /**
     * Loads the data a project refers to.
     *
     * @throws IOException when a file is missing or unreadable; a malformed CSV gives a
     *                     {@link org.blocktune.core.data.DataLoadException} naming the line and column
     */
    public static LoadedData load(DataRef ref) throws IOException {
        if (ref == null) {
            throw new IOException("the project has no data yet; choose a CSV file or a shipped data set first");
        }
        if (ref.source() instanceof DataSource.CsvFile csv) {
            return new LoadedData(CsvReader.read(csv.file(), csv.options()), null);
        }
        return ShippedData.load(((DataSource.Shipped) ref.source()).name());
    }
}
