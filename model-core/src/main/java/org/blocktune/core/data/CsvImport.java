package org.blocktune.core.data;

import java.util.List;

/**
 * A CSV file as read: the table, which of its columns are identifiers (never predictors), and
 * notices about choices the reader made that the user should know of (e.g. an empty first header
 * read as row names, NaN read as missing).
 *
 * @param table     the data
 * @param idColumns identifier columns of {@code table} (chosen, or row names recognised automatically)
 * @param notices   plain sentences, empty when there is nothing to say
 */
public record CsvImport(Table table, List<String> idColumns, List<String> notices) {
    public CsvImport {
        idColumns = List.copyOf(idColumns);
        notices = List.copyOf(notices);
    }
}
