package org.blocktune.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each import option changes what a user sees in the table. */
class CsvImportOptionsTest {

    @Test
    void semicolonFileWithDecimalCommasLoadsNumbers() throws Exception {
        Table t = CsvReader.parseText("eu.csv", "Länge;Breite;Art\n5,1;3,5;setosa\n4,9;NA;setosa\n-1,5e2;3;virginica\n",
                CsvOptions.semicolonDecimalComma());
        assertEquals(5.1, t.numeric("Länge").get(0), 1e-12);
        assertEquals(-150.0, t.numeric("Länge").get(2), 1e-12);
        assertTrue(t.numeric("Breite").isMissing(1));
        assertEquals(3.0, t.numeric("Breite").get(2));
        assertEquals(ColumnType.CATEGORICAL, t.column("Art").type());
    }

    @Test
    void decimalCommasReadWithTheDefaultMarkGiveANoticeSayingWhatToChange() throws Exception {
        CsvImport in = CsvReader.parseTextImport("eu.csv", "a;b\n5,1;x\n4,9;y\n", CsvOptions.defaults().withDelimiter(';'));
        assertEquals(ColumnType.CATEGORICAL, in.table().column("a").type());
        assertTrue(in.notices().stream().anyMatch(n -> n.contains("'a'") && n.contains("'5,1'") && n.contains("decimal mark")),
                in.notices().toString());
    }

    @Test
    void aPointInADecimalCommaFileIsAClearError() {
        DataLoadException e = assertThrows(DataLoadException.class, () -> CsvReader.parseText("eu.csv", "a\n1,5\n2,5\n3.5\n",
                CsvOptions.semicolonDecimalComma()));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("with ',' as the decimal mark"), e.getMessage());
    }

    @Test
    void decimalMarkAndDelimiterMustDiffer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvOptions.defaults().withDecimalMark(','));
        assertTrue(e.getMessage().contains("';'"), e.getMessage());
    }

    @Test
    void otherQuoteCharacter() throws Exception {
        Table t = CsvReader.parseText("q.csv", "name,x\n'Smith, J.',1\n'O''Neil',2\n", CsvOptions.defaults().withQuote('\''));
        assertEquals("Smith, J.", t.categorical("name").get(1 - 1));
        assertEquals("O'Neil", t.categorical("name").get(1));
    }

    @Test
    void noHeaderRowNamesColumnsV1V2() throws Exception {
        Table t = CsvReader.parseText("n.csv", "1,a\n2,b\n", CsvOptions.defaults().withHeader(false));
        assertEquals(List.of("V1", "V2"), t.names());
        assertEquals(2, t.rowCount());
        assertEquals(1.0, t.numeric("V1").get(0));
    }

    @Test
    void skippedLinesKeepTheFilesLineNumbersInErrors() throws Exception {
        String text = "Exported by SurveyTool 3.1\n# 2026-11-30\nx,y\n1,2\n3,oops\n4,5\n";
        Table t = CsvReader.parseText("s.csv", "Exported by SurveyTool 3.1\n# 2026-11-30\nx,y\n1,2\n3,4\n",
                CsvOptions.defaults().withSkipLines(2));
        assertEquals(List.of("x", "y"), t.names());
        assertEquals(2, t.rowCount());
        DataLoadException e = assertThrows(DataLoadException.class, () -> CsvReader.parseText("s.csv",
                "Exported\n\nx,y\n1,2\n3,4\n5,6\n7,oops\n", CsvOptions.defaults().withSkipLines(2)));
        assertEquals(7, e.line());
        DataLoadException tooMany = assertThrows(DataLoadException.class,
                () -> CsvReader.parseText("s.csv", text, CsvOptions.defaults().withSkipLines(10)));
        assertTrue(tooMany.getMessage().contains("skip fewer lines"), tooMany.getMessage());
    }

    @Test
    void encodingOptionReadsLatin1FilesThatUtf8Refuses(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("old.csv");
        Files.write(f, "city,n\nZürich,1\nMálaga,2\n".getBytes(Charset.forName("windows-1252")));
        DataLoadException e = assertThrows(DataLoadException.class, () -> CsvReader.read(f));
        assertTrue(e.getMessage().contains("encoding"), e.getMessage());
        Table t = CsvReader.read(f, CsvOptions.defaults().withEncoding("windows-1252"));
        assertEquals(List.of("Málaga", "Zürich"), t.categorical("city").levels());
        assertThrows(IllegalArgumentException.class, () -> CsvOptions.defaults().withEncoding("klingon-8"));
    }

    @Test
    void defaultMissingTokensAreEmptyNaNASlashAndNull() throws Exception {
        assertEquals(List.of("", "NA", "N/A", "null"), CsvOptions.defaults().naStrings());
        Table t = CsvReader.parseText("m.csv", "x,g\n1,a\n,b\nNA,NA\nN/A,N/A\nnull,null\n6,c\n", CsvOptions.defaults());
        assertEquals(4, t.numeric("x").missingCount());
        assertEquals(List.of("a", "b", "c"), t.categorical("g").levels());
        Table custom = CsvReader.parseText("m.csv", "x\n1\n-999\n3\n", CsvOptions.defaults().withNaStrings(List.of("-999")));
        assertTrue(custom.numeric("x").isMissing(1));
    }

    @Test
    void rWriteCsvRowNamesBecomeTheIdColumnWithANotice() throws Exception {
        String r = "\"\",\"Ozone\",\"Solar.R\",\"Month\"\n\"1\",41,190,5\n\"2\",36,118,5\n\"3\",NA,NA,5\n";
        CsvImport in = CsvReader.parseTextImport("airquality.csv", r, CsvOptions.defaults());
        assertEquals(List.of("rowname", "Ozone", "Solar.R", "Month"), in.table().names());
        assertEquals(List.of("rowname"), in.idColumns());
        assertEquals(ColumnType.CATEGORICAL, in.table().column("rowname").type());
        assertTrue(in.notices().get(0).contains("row names"), in.notices().toString());
        assertTrue(in.table().numeric("Ozone").isMissing(2));
    }

    @Test
    void writeTableHeaderWithOneNameFewerAlsoMeansRowNames() throws Exception {
        CsvImport in = CsvReader.parseTextImport("t.csv", "a,b\nr1,1,2\nr2,3,4\n", CsvOptions.defaults());
        assertEquals(List.of("rowname", "a", "b"), in.table().names());
        assertEquals(3.0, in.table().numeric("a").get(1));
    }

    @Test
    void perColumnChoicesNumberCategoryIdIgnore() throws Exception {
        String text = "zip,name,when,score\n01234,Ann,2026-01-02,1\n98765,Bob,2026-02-03,2\n";
        CsvOptions o = CsvOptions.defaults().withColumn("zip", ColumnChoice.CATEGORY).withColumn("name", ColumnChoice.ID)
                .withColumn("when", ColumnChoice.IGNORE).withColumn("score", ColumnChoice.NUMBER);
        CsvImport in = CsvReader.parseTextImport("c.csv", text, o);
        assertEquals(List.of("zip", "name", "score"), in.table().names());
        assertEquals("01234", in.table().categorical("zip").get(0));
        assertEquals(List.of("name"), in.idColumns());
        assertEquals(ColumnChoice.ID, o.choiceFor("name"));
        assertEquals(ColumnChoice.AUTOMATIC, o.withColumn("name", ColumnChoice.AUTOMATIC).choiceFor("name"));
        DataLoadException unknown = assertThrows(DataLoadException.class, () -> CsvReader.parseText("c.csv", text,
                CsvOptions.defaults().withColumn("nope", ColumnChoice.IGNORE)));
        assertTrue(unknown.getMessage().contains("'nope'"), unknown.getMessage());
        DataLoadException outcomeIgnored = assertThrows(DataLoadException.class, () -> CsvReader.parseText("c.csv", text,
                CsvOptions.defaults().withColumn("score", ColumnChoice.IGNORE).requiring("score")));
        assertTrue(outcomeIgnored.getMessage().contains("ignored"), outcomeIgnored.getMessage());
    }

    @Test
    void dateColumnsGetANoticeSayingToIgnoreThem() throws Exception {
        CsvImport in = CsvReader.parseTextImport("d.csv", "when,x\n2026-01-02,1\n2026-02-03 10:15,2\n", CsvOptions.defaults());
        assertTrue(in.notices().stream().anyMatch(n -> n.contains("'when' holds dates") && n.contains("IGNORE")), in.notices().toString());
        CsvImport eu = CsvReader.parseTextImport("d.csv", "when;x\n02.01.2026;1\n03.02.2026;2\n", CsvOptions.defaults().withDelimiter(';'));
        assertTrue(eu.notices().stream().anyMatch(n -> n.contains("'when' holds dates")), eu.notices().toString());
        assertTrue(CsvReader.parseTextImport("d.csv", "name\nAnn\n", CsvOptions.defaults()).notices().isEmpty());
    }

    @Test
    void anIdColumnOfNumbersStaysText() throws Exception {
        CsvImport in = CsvReader.parseTextImport("c.csv", "id,x\n7,1\n8,2\n", CsvOptions.defaults().withColumn("id", ColumnChoice.ID));
        assertEquals(List.of("7", "8"), in.table().categorical("id").levels());
        assertFalse(in.table().column("id") instanceof NumericColumn);
    }

    @Test
    void aMissingFileSaysSoOnce(@TempDir Path dir) {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> CsvReader.read(dir.resolve("nope.csv")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void utf8IsStillTheDefaultAndBomIsDropped() throws Exception {
        Table t = CsvReader.parse("b.csv", "\uFEFFa\n1\n".getBytes(StandardCharsets.UTF_8), CsvOptions.defaults());
        assertEquals(List.of("a"), t.names());
    }
}
