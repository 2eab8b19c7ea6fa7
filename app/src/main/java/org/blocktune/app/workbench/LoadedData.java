package org.blocktune.app.workbench;

import java.util.Objects;
import org.blocktune.core.data.Table;

/**
 * A table the user loaded and where it came from.
 *
 * @param table  the data
 * @param source what to show for its origin: a file path or an example's name
 * @param name   a short name (file name or example name)
 */
public record LoadedData(Table table, String source, String name) {
    public LoadedData {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
    }
}
