package org.blocktune.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    private static Table parse(String text) throws DataLoadException {
        return CsvReader.parseText("t.csv", text, CsvOptions.defaults());
    }

    private static DataLoadException fails(String text) {
        return assertThrows(DataLoadException.class, () -> parse(text));
    }

    @Test
    void infersNumericCategoricalAndLogicalColumnsWithMissingValues() throws Exception {
        Table t = parse("x,name,flag\n1.5,\"b\",TRUE\nNA,a,false\n-2e3,,\n");
        assertEquals(3, t.rowCount());
        NumericColumn x = t.numeric("x");
        assertEquals(1.5, x.get(0));
        assertTrue(x.isMissing(1));
        assertEquals(-2000.0, x.get(2));
        CategoricalColumn name = t.categorical("name");
        assertEquals(List.of("a", "b"), name.levels());
        assertEquals("b", name.get(0));
        assertNull(name.get(2));
        CategoricalColumn flag = t.categorical("flag");
        assertEquals(ColumnType.LOGICAL, flag.type());
        assertEquals(List.of("FALSE", "TRUE"), flag.levels());
        assertArrayEquals(new int[] {1, 0, -1}, flag.codes());
    }

    @Test
    void handlesQuotesDelimitersEmbeddedNewlinesCrlfAndUtf8() throws Exception {
        Table t = CsvReader.parse("t.csv", "\uFEFFa;b\r\n\"x;y\";\"say \"\"hi\"\"\"\r\n\"line1\nline2\";Zürich\r\n\r\n"
                .getBytes(StandardCharsets.UTF_8), CsvOptions.defaults().withDelimiter(';'));
        assertEquals(List.of("a", "b"), t.names());
        assertEquals("x;y", t.categorical("a").get(0));
        assertEquals("line1\nline2", t.categorical("a").get(1));
        assertEquals("say \"hi\"", t.categorical("b").get(0));
        assertEquals("Zürich", t.categorical("b").get(1));
    }

    @Test
    void forcedTypesOverrideInference() throws Exception {
        Table t = CsvReader.parseText("t.csv", "code,y\n1,2\n2,3\n", CsvOptions.defaults()
                .withColumnTypes(Map.of("code", ColumnType.CATEGORICAL)));
        assertEquals(ColumnType.CATEGORICAL, t.column("code").type());
        assertEquals(List.of("1", "2"), t.categorical("code").levels());
    }

    @Test
    void raggedRowNamesLineAndColumn() {
        DataLoadException e = fails("a,b,c\n1,2,3\n4,5\n");
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().contains("found 2 fields but expected 3"), e.getMessage());
        DataLoadException longer = fails("a,b\n1,2\n3,4\n5,6,7\n");
        assertEquals(4, longer.line());
        assertEquals(3, longer.column());
    }

    @Test
    void unterminatedQuoteNamesWhereItOpened() {
        DataLoadException e = fails("a,b\n1,2\n3,\"4\n5,6\n");
        assertEquals(3, e.line());
        assertEquals(2, e.column());
        assertTrue(e.getMessage().contains("unterminated quote"), e.getMessage());
    }

    @Test
    void strayQuotesAreErrors() {
        DataLoadException inside = fails("a,b\n1,x\"y\n");
        assertEquals(2, inside.line());
        assertEquals(2, inside.column());
        DataLoadException after = fails("a,b\n\"1\"x,2\n");
        assertEquals(2, after.line());
        assertEquals(1, after.column());
        assertTrue(after.getMessage().contains("after the closing quote"), after.getMessage());
    }

    @Test
    void nonNumericValueInNumericColumnNamesLineColumnAndValue() {
        DataLoadException e = fails("id,x\na,1\nb,2\nc,oops\nd,4\n");
        assertEquals(4, e.line());
        assertEquals(2, e.column());
        assertTrue(e.getMessage().contains("'oops'") && e.getMessage().contains("expected a number"), e.getMessage());
        DataLoadException forced = assertThrows(DataLoadException.class, () -> CsvReader.parseText("t.csv", "x\nabc\n",
                CsvOptions.defaults().withColumnTypes(Map.of("x", ColumnType.NUMERIC))));
        assertEquals(2, forced.line());
    }

    @Test
    void emptyFileIsAnError() {
        DataLoadException e = fails("");
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        assertEquals(1, e.line());
        assertThrows(DataLoadException.class, () -> parse("\n\n  \n"));
    }

    @Test
    void missingOutcomeColumnIsAnError() {
        DataLoadException e = assertThrows(DataLoadException.class, () -> CsvReader.parseText("t.csv", "a,b\n1,2\n",
                CsvOptions.defaults().requiring("price")));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("'price'") && e.getMessage().contains("[a, b]"), e.getMessage());
    }

    @Test
    void headerProblemsAreErrors() {
        assertEquals(2, fails("a,a\n1,2\n").column());
        assertEquals(2, fails("a,,c\n1,2,3\n").column());
    }

    @Test
    void binaryAndNonUtf8FilesAreErrors(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("data.csv");
        Files.write(gz, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2});
        DataLoadException e = assertThrows(DataLoadException.class, () -> CsvReader.read(gz));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "a,b\n1,Z\u00fcrich\n".getBytes(StandardCharsets.ISO_8859_1));
        DataLoadException enc = assertThrows(DataLoadException.class, () -> CsvReader.read(latin1));
        assertEquals(2, enc.line());
        assertTrue(enc.getMessage().contains("UTF-8"), enc.getMessage());
    }

    @Test
    void loadsShippedDataSets() throws IOException {
        Table iris = CsvReader.read(TestData.file("iris.csv"), CsvOptions.defaults().requiring("Species"));
        assertEquals(150, iris.rowCount());
        assertEquals(List.of("setosa", "versicolor", "virginica"), iris.categorical("Species").levels());
        assertEquals(5.1, iris.numeric("Sepal.Length").get(0));
        Table diamonds = CsvReader.read(TestData.file("diamonds.csv"));
        assertEquals(53_940, diamonds.rowCount());
        assertEquals(10, diamonds.columnCount());
        assertEquals(326.0, diamonds.numeric("price").get(0));
        assertEquals(5, diamonds.categorical("cut").levels().size());
        Table attrition = CsvReader.read(TestData.file("attrition.csv"));
        assertEquals(1470, attrition.rowCount());
        assertEquals(List.of("No", "Yes"), attrition.categorical("Attrition").levels());
    }

    @Test
    void numberRecognition() {
        for (String s : List.of("1", "-1.5", "+.5", "1e3", "2.5E-4", "Inf", "-Inf", "NaN", "3.")) {
            assertTrue(CsvReader.looksNumeric(s), s);
        }
        for (String s : List.of("", ".", "e3", "1e", "0x10", "1d", "1,5", "1 2", "--1")) {
            assertTrue(!CsvReader.looksNumeric(s), s);
        }
    }
}
