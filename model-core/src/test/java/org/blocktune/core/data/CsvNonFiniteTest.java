package org.blocktune.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Non-finite numbers are read one consistent way: NaN is missing, infinity is refused with file, line and column. */
class CsvNonFiniteTest {

    private static CsvImport read(String text) throws DataLoadException {
        return CsvReader.parseTextImport("messy.csv", text, CsvOptions.defaults());
    }

    @Test
    void nanInAnyCaseIsAMissingValueWithANotice() throws Exception {
        CsvImport in = read("x,y\n1,a\nNaN,b\nnan,c\nNAN,d\n5,e\n");
        NumericColumn x = in.table().numeric("x");
        assertEquals(1.0, x.get(0));
        assertTrue(x.isMissing(1) && x.isMissing(2) && x.isMissing(3));
        assertEquals(3, x.missingCount());
        assertTrue(in.notices().stream().anyMatch(n -> n.contains("'x'") && n.contains("3 NaN values")), in.notices().toString());
    }

    @Test
    void everySpellingOfInfinityIsRefusedNamingFileLineAndColumn() {
        for (String inf : List.of("Inf", "-Inf", "Infinity", "-Infinity", "inf", "+INF")) {
            DataLoadException e = assertThrows(DataLoadException.class, () -> read("id,x\na,1\nb," + inf + "\nc,3\n"), inf);
            assertEquals("messy.csv", e.source());
            assertEquals(3, e.line(), inf);
            assertEquals(2, e.column(), inf);
            assertTrue(e.getMessage().startsWith("messy.csv, line 3, column 2: column 'x' holds an infinite value '" + inf + "'"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("missing-value tokens"), e.getMessage());
        }
    }

    @Test
    void overflowingNumbersAreRefusedNotTurnedIntoInfinity() {
        DataLoadException e = assertThrows(DataLoadException.class, () -> read("x\n1\n1e400\n"));
        assertEquals(3, e.line());
        assertEquals(1, e.column());
        assertTrue(e.getMessage().contains("'1e400'") && e.getMessage().contains("too large"), e.getMessage());
        DataLoadException negative = assertThrows(DataLoadException.class, () -> read("x\n1\n-2E+999\n"));
        assertEquals(3, negative.line());
    }

    @Test
    void tinyNumbersUnderflowToZeroAndAreKept() throws Exception {
        assertEquals(0.0, read("x\n1e-400\n2\n").table().numeric("x").get(0));
    }

    @Test
    void infinityListedAsAMissingTokenIsReadAsMissing() throws Exception {
        Table t = CsvReader.parseText("m.csv", "x\n1\nInf\n-Inf\n",
                CsvOptions.defaults().withNaStrings(List.of("", "NA", "Inf", "-Inf")));
        assertEquals(2, t.numeric("x").missingCount());
    }

    @Test
    void infinityInATextColumnIsJustText() throws Exception {
        Table t = read("name\nInf\nalpha\nbeta\n").table();
        assertEquals(List.of("Inf", "alpha", "beta"), t.categorical("name").levels());
    }

    @Test
    void forcedNumericColumnRefusesInfinityToo() {
        DataLoadException e = assertThrows(DataLoadException.class, () -> CsvReader.parseText("f.csv", "x\nInfinity\n",
                CsvOptions.defaults().withColumn("x", ColumnChoice.NUMBER)));
        assertEquals(2, e.line());
        assertEquals(1, e.column());
    }
}
