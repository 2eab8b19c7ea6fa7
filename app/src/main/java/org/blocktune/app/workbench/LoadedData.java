package org.blocktune.app.workbench;

import java.util.List;
import java.util.Objects;
import org.blocktune.core.data.Table;
import org.blocktune.core.io.DataSource;

/**
 * A table the user loaded and where it came from.
 *
 * @param table     the data
 * @param source    what to show for its origin: a file path or an example's name
 * @param name      a short name (file name or example name)
 * @param origin    what a project file stores to load it again (CSV file and options, or shipped data set), or null
 * @param idColumns identifier columns (chosen in the import options, or row names): never predictors
 * @param notices   what the reader decided that the user should know (e.g. row names recognised), as sentences
 */
public record LoadedData(Table table, String source, String name, DataSource origin, List<String> idColumns,
                         List<String> notices) {
    public LoadedData {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        idColumns = List.copyOf(idColumns);
        notices = List.copyOf(notices);
    }

    /** Data without identifier columns or notices. */
    public LoadedData(Table table, String source, String name, DataSource origin) {
        this(table, source, name, origin, List.of(), List.of());
    }

    /** The same data with {@code note} first among its notices. */
    public LoadedData withNotice(String note) {
        List<String> n = new java.util.ArrayList<>(notices);
        n.add(0, note);
        return new LoadedData(table, source, name, origin, idColumns, n);
    }

    /** Data whose origin cannot be stored (it is not saved with the project). */
    public LoadedData(Table table, String source, String name) {
        this(table, source, name, null);
    }
}
