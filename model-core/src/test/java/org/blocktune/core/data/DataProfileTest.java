package org.blocktune.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each warning of the data profile, and the per-column summary. */
class DataProfileTest {

    private static List<ProfileWarning.Kind> kinds(DataProfile p, String column) {
        return p.warnings().stream().filter(w -> w.column().equals(column)).map(ProfileWarning::kind).collect(Collectors.toList());
    }

    private static String messy() {
        StringBuilder sb = new StringBuilder("\"\",name,count,flat,city,score,y\n");
        for (int i = 1; i <= 32; i++) {
            sb.append('"').append(i).append("\",person").append(i).append(',').append(i).append(",7,")
                    .append("c").append(i % 20).append(',').append(i == 5 ? "NA" : String.valueOf(i % 3)).append(',')
                    .append(i <= 3 ? "rare" : "common").append('\n');
        }
        return sb.toString();
    }

    @Test
    void summarisesEachColumn() throws Exception {
        CsvImport in = CsvReader.parseTextImport("m.csv", messy(), CsvOptions.defaults());
        DataProfile p = DataProfile.of(in.table(), "y", in.idColumns());
        assertEquals(32, p.rows());
        ColumnProfile score = p.column("score");
        assertEquals(ColumnType.NUMERIC, score.type());
        assertEquals(1, score.missing());
        assertEquals(3, score.distinct());
        assertEquals(0.0, score.min());
        assertEquals(1.0, score.median());
        assertEquals(2.0, score.max());
        assertEquals(31, java.util.Arrays.stream(score.histogram()).sum());
        assertEquals("min 0 · median 1 · max 2", score.summary());
        ColumnProfile y = p.column("y");
        assertEquals(new ColumnProfile.LevelCount("common", 29), y.topLevels().get(0));
        assertTrue(p.column("rowname").id());
        assertTrue(p.column("name").allDifferent());
        assertTrue(p.column("name").summary().startsWith("every value differs, e.g. person1"), p.column("name").summary());
        assertTrue(p.idLike("rowname"));
    }

    @Test
    void raisesEveryKindOfWarning() throws Exception {
        CsvImport in = CsvReader.parseTextImport("m.csv", messy(), CsvOptions.defaults());
        DataProfile p = DataProfile.of(in.table(), "y", in.idColumns());
        assertEquals(List.of(), kinds(p, "rowname"), "chosen ID columns are not warned about");
        assertEquals(List.of(ProfileWarning.Kind.ID_LIKE), kinds(p, "name"));
        assertTrue(p.idLike("name"));
        assertEquals(List.of(ProfileWarning.Kind.ID_LIKE), kinds(p, "count"), "1, 2, 3, … is a row number");
        assertEquals(List.of(ProfileWarning.Kind.CONSTANT), kinds(p, "flat"));
        assertEquals(List.of(ProfileWarning.Kind.HIGH_CARDINALITY), kinds(p, "city"));
        assertEquals(List.of(ProfileWarning.Kind.MISSING), kinds(p, "score"));
        assertEquals(List.of(ProfileWarning.Kind.CLASS_IMBALANCE), kinds(p, "y"));
        assertTrue(p.warnings().stream().filter(w -> w.column().equals("y")).findFirst().orElseThrow().message()
                .contains("'rare' has only 3 rows"));
        Table inf = Table.of(new NumericColumn("x", new double[] {1, Double.POSITIVE_INFINITY, 2}));
        assertEquals(List.of(ProfileWarning.Kind.INFINITE), kinds(DataProfile.of(inf, null, List.of()), "x"));
    }

    @Test
    void aMissingOutcomeSaysToDropThoseRows() {
        Table t = Table.of(new NumericColumn("x", new double[] {1, 2, 3}), new NumericColumn("y", new double[] {1, Double.NaN, 3}));
        ProfileWarning w = DataProfile.of(t, "y", List.of()).warnings().get(0);
        assertEquals(ProfileWarning.Kind.MISSING, w.kind());
        assertTrue(w.message().contains("drop rows with missing values"), w.message());
    }

    @Test
    void findsTheMisRecordedDiamondButNotTheLongTailOfPrices() throws Exception {
        Table diamonds = CsvReader.read(TestData.file("diamonds.csv"));
        DataProfile p = DataProfile.of(diamonds, "price", List.of());
        assertTrue(kinds(p, "z").contains(ProfileWarning.Kind.OUTLIER), p.warnings().toString());
        assertTrue(p.warnings().stream().anyMatch(w -> w.column().equals("z") && w.message().contains("31.8")), p.warnings().toString());
        assertTrue(kinds(p, "y").contains(ProfileWarning.Kind.OUTLIER));
        assertFalse(kinds(p, "price").contains(ProfileWarning.Kind.OUTLIER), "a long tail is not a recording error");
        assertFalse(kinds(p, "carat").contains(ProfileWarning.Kind.OUTLIER));
        assertEquals(List.of(), kinds(p, "cut"));
    }

    @Test
    void attritionOutcomeIsImbalanced() throws Exception {
        Table attrition = CsvReader.read(TestData.file("attrition.csv"));
        assertTrue(kinds(DataProfile.of(attrition, "Attrition", List.of()), "Attrition").contains(ProfileWarning.Kind.CLASS_IMBALANCE));
        Table iris = CsvReader.read(TestData.file("iris.csv"));
        assertEquals(List.of(), DataProfile.of(iris, "Species", List.of()).warnings());
    }
}
