package org.blocktune.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Guessing delimiter and decimal mark, and the hints given when the chosen delimiter is wrong. */
class CsvSnifferTest {

    @Test
    void guessesSemicolonsWithDecimalCommasTabsAndPlainCsv() {
        CsvOptions d = CsvOptions.defaults();
        CsvOptions eu = CsvSniffer.guess("\"\";\"a\";\"b\"\n\"1\";5,1;x\n", d);
        assertEquals(';', eu.delimiter());
        assertEquals(',', eu.decimalMark());
        assertEquals(';', CsvSniffer.guess("a;b\n1.5;2\n", d).delimiter());
        assertEquals('.', CsvSniffer.guess("a;b\n1.5;2\n", d).decimalMark());
        assertEquals('\t', CsvSniffer.guess("a\tb\tc\n1\t2\t3\n", d).delimiter());
        assertEquals(d, CsvSniffer.guess("a,b\n1,2\n", d));
        assertEquals(',', CsvSniffer.guess("\"x;y\",b\n1,2\n", d).delimiter(), "quoted delimiters do not count");
    }

    @Test
    void aWrongDelimiterErrorSaysWhichOneTheFileUses() {
        DataLoadException e = assertThrows(DataLoadException.class,
                () -> CsvReader.parseText("eu.csv", "\"\";\"a\"\n\"1\";5,1\n", CsvOptions.defaults()));
        assertTrue(e.getMessage().contains("looks ';'-separated: choose ';' as the delimiter and ',' as the decimal mark"),
                e.getMessage());
    }

    @Test
    void aFileReadAsOneColumnGetsANotice() throws Exception {
        CsvImport in = CsvReader.parseTextImport("eu.csv", "a;b\n1;2\n", CsvOptions.defaults());
        assertEquals(1, in.table().columnCount());
        assertTrue(in.notices().get(0).contains("choose ';' as the delimiter"), in.notices().toString());
    }
}
