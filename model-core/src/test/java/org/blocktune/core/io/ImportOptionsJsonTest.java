package org.blocktune.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.ColumnChoice;
import org.blocktune.core.data.CsvOptions;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.recipe.DropMissing;
import org.blocktune.core.data.recipe.FilterRows;
import org.blocktune.core.data.recipe.Impute;
import org.blocktune.core.data.recipe.LogTransform;
import org.blocktune.core.data.recipe.PoolRare;
import org.blocktune.core.data.recipe.PreppedRecipe;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.data.recipe.RemoveColumns;
import org.blocktune.core.data.recipe.YeoJohnson;
import org.blocktune.core.examples.SeedSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import options and the recipe steps for dirty data are stored in the project file; older files still load. */
class ImportOptionsJsonTest {
    @TempDir
    Path tmp;

    @Test
    void everyImportOptionRoundTripsAsAVersion3Project() throws Exception {
        CsvOptions o = CsvOptions.semicolonDecimalComma().withQuote('\'').withHeader(true).withSkipLines(2)
                .withEncoding("windows-1252").withNaStrings(List.of("", "-"))
                .withColumn("zip", ColumnChoice.CATEGORY).withColumn("name", ColumnChoice.ID)
                .withColumn("when", ColumnChoice.IGNORE).withColumn("n", ColumnChoice.NUMBER).requiring("y");
        Recipe recipe = Recipe.of(new DropMissing(), FilterRows.range("y", 0.0, null), FilterRows.levels("zip", List.of("1", "2")),
                new PoolRare(0.1, List.of("zip")), new LogTransform(10, 1, List.of("n")), new YeoJohnson(), new RemoveColumns(List.of("a")));
        Project p = Project.of(SeedSpecs.irisMlp()).withData(new DataRef(new DataSource.CsvFile(tmp.resolve("d.csv"), o),
                new Roles(List.of("y"), Map.of("input", List.of("zip", "n"))), recipe));
        Path file = tmp.resolve("p.blocktune.json");
        ProjectFile.write(p, file);
        String text = Files.readString(file);
        assertTrue(text.contains("\"version\" : 3"), text);
        assertTrue(text.contains("\"decimalMark\" : \",\"") && text.contains("\"idColumns\" : [ \"name\" ]"), text);
        Project back = ProjectFile.read(file);
        assertEquals(p.data(), back.data());
        byte[] first = Files.readAllBytes(file);
        ProjectFile.write(back, file);
        assertArrayEquals(first, Files.readAllBytes(file));
    }

    @Test
    void projectsUsingNoNewOptionStayVersion1AndOldFilesLoadWithDefaults() throws Exception {
        Project plain = Project.of(SeedSpecs.irisMlp()).withData(DataRef.of(new DataSource.CsvFile(tmp.resolve("iris.csv"),
                CsvOptions.defaults())));
        String text = ProjectJson.write(plain, tmp);
        assertTrue(text.contains("\"version\" : 1") && !text.contains("decimalMark"), text);
        String old = text.replace("\"naStrings\" : [ \"\", \"NA\", \"N/A\", \"null\" ]", "\"naStrings\" : [ \"NA\", \"\" ]");
        CsvOptions read = ((DataSource.CsvFile) ProjectJson.read(old, tmp).data().source()).options();
        assertEquals('.', read.decimalMark());
        assertEquals("UTF-8", read.encoding());
        assertEquals(List.of("NA", ""), read.naStrings());
        assertTrue(read.header());
    }

    @Test
    void badImportOptionsSayWhereAndWhat() {
        String base = ProjectJson.write(Project.of(SeedSpecs.irisMlp()).withData(DataRef.of(new DataSource.CsvFile(
                tmp.resolve("x.csv"), CsvOptions.defaults().withEncoding("ISO-8859-1")))), tmp);
        ProjectFormatException e = assertThrows(ProjectFormatException.class,
                () -> ProjectJson.read(base.replace("ISO-8859-1", "klingon-8"), tmp));
        assertTrue(e.getMessage().startsWith("data.csvOptions: unknown encoding 'klingon-8'"), e.getMessage());
        ProjectFormatException mark = assertThrows(ProjectFormatException.class,
                () -> ProjectJson.read(base.replace("\"decimalMark\" : \".\"", "\"decimalMark\" : \",\""), tmp));
        assertTrue(mark.getMessage().contains("decimal mark and the delimiter"), mark.getMessage());
    }

    @Test
    void preppedDirtyDataStepsRoundTripAndBakeTheSame() throws Exception {
        double na = Double.NaN;
        Table t = Table.of(new NumericColumn("x", new double[] {1, 2, 3, 4, 50, na}),
                CategoricalColumn.ofStrings("c", "a", "a", "a", "b", "a", "q"),
                new NumericColumn("y", new double[] {1, na, 3, 4, 5, 6}));
        Recipe r = Recipe.of(new DropMissing(), FilterRows.range("x", null, 10.0), new PoolRare(0.2, List.of()),
                new Impute(Impute.Method.MEDIAN), new LogTransform(Math.E, 1, List.of()), new YeoJohnson());
        PreppedRecipe p = r.prep(t, Roles.of(t, "y"));
        PreppedRecipe back = RecipeJson.readPrepped(RecipeJson.write(p));
        assertEquals(p, back);
        assertEquals(p.bake(t), back.bake(t));
        assertArrayEquals(p.bakeRows(t).rows(), back.bakeRows(t).rows());
        assertEquals(r, RecipeJson.readRecipe(RecipeJson.write(r)));
    }
}
